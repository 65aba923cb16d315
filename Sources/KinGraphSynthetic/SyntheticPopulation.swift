import KinGraphCore

/// A tie of the synthetic archive between two people, by index.
struct SyntheticTie: Sendable {
    var from: Int32
    var to: Int32
    var kind: TieKind
}

/// The people and ties of a synthetic archive, as compact arrays indexed by person.
///
/// People come in households of three generations: a couple, their children (who
/// are siblings), the children's spouses (often a daughter of an earlier household,
/// so in-laws span households, otherwise someone from outside), and grandchildren.
/// Non-family ties (neighbours, colleagues, friends, brokers) and a few `relative`
/// ties are added across the population afterwards.
struct SyntheticPopulation: Sendable {
    var surname: [UInt8] = []
    var given1: [UInt8] = []
    var given2: [UInt8] = []
    /// `true` for men; the archive writes `M` or `F`.
    var isMale: [Bool] = []
    var bornYear: [Int16] = []
    var home: [UInt8] = []
    /// The household each person was born (or, from outside, married) into; its
    /// members' records mostly rest on the same testimonies.
    var household: [Int32] = []
    var ties: [SyntheticTie] = []

    var count: Int { surname.count }

    /// Builds exactly `people` people (and their ties) from `rng`.
    /// - Complexity: O(people).
    init(people: Int, rng: inout SplitMix64) {
        reserve(people)
        var builder = HouseholdBuilder(limit: people)
        while count < people {
            builder.addHousehold(to: &self, rng: &rng)
        }
        addNonFamilyTies(rng: &rng)
    }

    private mutating func reserve(_ n: Int) {
        surname.reserveCapacity(n)
        given1.reserveCapacity(n)
        given2.reserveCapacity(n)
        isMale.reserveCapacity(n)
        bornYear.reserveCapacity(n)
        home.reserveCapacity(n)
        household.reserveCapacity(n)
        ties.reserveCapacity(n * 3 + 16)
    }

    /// Adds one person and returns their index.
    mutating func add(
        surname s: Int, male: Bool, born: Int, home h: Int, household: Int32, rng: inout SplitMix64
    ) -> Int32 {
        let syllableCount = SyntheticVocabulary.syllables.count
        surname.append(UInt8(s))
        given1.append(UInt8(rng.below(syllableCount)))
        given2.append(UInt8(rng.below(syllableCount)))
        isMale.append(male)
        bornYear.append(Int16(min(born, 2020)))
        home.append(UInt8(h))
        self.household.append(household)
        return Int32(count - 1)
    }

    /// Neighbours live close by (nearby indices are the same or nearby households),
    /// colleagues in the same district, friends anywhere; brokers are few and each
    /// serves many clients.
    /// - Complexity: O(people).
    private mutating func addNonFamilyTies(rng: inout SplitMix64) {
        let n = count
        guard n > 1 else { return }
        let brokerStride = 211
        let brokerCount = max(1, n / brokerStride)
        for i in 0..<n {
            if rng.chance(0.35) { addTie(i, near(i, 300, &rng), .neighbour) }
            if rng.chance(0.22) { addTie(i, near(i, 20_000, &rng), .colleague) }
            if rng.chance(0.22) { addTie(i, rng.below(n), .friend) }
            if rng.chance(0.05) { addTie(i, rng.below(n), .associate) }
            if rng.chance(0.03) { addTie(i, min(n - 1, rng.below(brokerCount) * brokerStride), .broker) }
            if rng.chance(0.03) { addTie(i, near(i, 2_000, &rng), .relative) }
        }
    }

    private func near(_ i: Int, _ radius: Int, _ rng: inout SplitMix64) -> Int {
        let j = i + rng.int(in: -radius...radius)
        return min(max(j, 0), count - 1)
    }

    private mutating func addTie(_ a: Int, _ b: Int, _ kind: TieKind) {
        guard a != b else { return }
        ties.append(SyntheticTie(from: Int32(a), to: Int32(b), kind: kind))
    }
}
