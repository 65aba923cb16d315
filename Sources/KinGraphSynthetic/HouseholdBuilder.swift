import KinGraphCore

/// Adds households of three generations to a `SyntheticPopulation`, never more
/// people than its limit.
///
/// Unmarried daughters wait in a pool; a son of a later household marries one of
/// them, which ties the two households by marriage (in-laws across households).
struct HouseholdBuilder {
    let limit: Int
    /// Unmarried daughters of earlier households, available to marry.
    private var brides: [Int32] = []
    /// Number of households begun so far; the current one is `households - 1`.
    private var households: Int32 = 0

    init(limit: Int) { self.limit = limit }

    /// Adds one household (or what fits of it under the limit).
    /// - Complexity: O(size of the household).
    mutating func addHousehold(to pop: inout SyntheticPopulation, rng: inout SplitMix64) {
        households += 1
        let surname = rng.weighted(SyntheticVocabulary.surnameWeights, total: SyntheticVocabulary.surnameWeightTotal)
        let home = rng.below(SyntheticVocabulary.homes.count)
        let year = rng.int(in: 1925...1960)
        var elders: [Int32] = []
        let recordBoth = rng.chance(0.9)
        let fatherFirst = rng.chance(0.5)
        if recordBoth || fatherFirst {
            guard let father = person(&pop, surname, true, year - rng.below(4), home, &rng) else { return }
            elders.append(father)
        }
        if recordBoth || !fatherFirst {
            guard let mother = person(&pop, otherSurname(surname, &rng), false, year + rng.below(4), home, &rng)
            else { return }
            elders.append(mother)
        }
        if elders.count == 2 { tie(&pop, elders[0], elders[1], .spouse) }
        let childCount = rng.int(in: 1...5)
        var children: [Int32] = []
        var childYear = year + rng.int(in: 20...26)
        for _ in 0..<childCount {
            guard let child = person(&pop, surname, rng.chance(0.5), childYear, home, &rng) else { break }
            for elder in elders { tie(&pop, elder, child, .parent) }
            children.append(child)
            childYear += rng.int(in: 1...5)
        }
        siblings(&pop, children, &rng)
        for child in children where Int(pop.bornYear[Int(child)]) <= 1998 && rng.chance(0.85) {
            marry(&pop, child, home, &rng)
        }
    }

    /// Marries `child`: a son takes a bride from the pool or from outside; a
    /// daughter joins the pool or marries an outsider. The couple's children belong
    /// to the husband's line and take his surname.
    private mutating func marry(_ pop: inout SyntheticPopulation, _ child: Int32, _ home: Int, _ rng: inout SplitMix64) {
        let c = Int(child)
        let year = Int(pop.bornYear[c])
        var husband = child
        var wife = child
        if pop.isMale[c] {
            if !brides.isEmpty && rng.chance(0.7) {
                let pick = brides.count - 1 - rng.below(min(brides.count, 64))
                wife = brides[pick]
                brides.swapAt(pick, brides.count - 1)
                brides.removeLast()
            } else {
                let s = otherSurname(Int(pop.surname[c]), &rng)
                guard let w = person(&pop, s, false, year + rng.int(in: -2...4), home, &rng) else { return }
                wife = w
            }
        } else {
            if rng.chance(0.6) {
                brides.append(child)
                return
            }
            let s = otherSurname(Int(pop.surname[c]), &rng)
            guard let h = person(&pop, s, true, year + rng.int(in: -4...2), home, &rng) else { return }
            husband = h
        }
        tie(&pop, husband, wife, .spouse)
        let surname = Int(pop.surname[Int(husband)])
        let parentsYear = max(Int(pop.bornYear[Int(husband)]), Int(pop.bornYear[Int(wife)]))
        var year3 = parentsYear + rng.int(in: 22...30)
        var grandchildren: [Int32] = []
        for _ in 0..<rng.weighted([15, 30, 35, 20], total: 100) {
            guard let g = person(&pop, surname, rng.chance(0.5), year3, home, &rng) else { break }
            tie(&pop, husband, g, .parent)
            tie(&pop, wife, g, .parent)
            grandchildren.append(g)
            year3 += rng.int(in: 1...4)
        }
        siblings(&pop, grandchildren, &rng)
    }

    /// Records some of the sibling ties among `children` (archives rarely hold all).
    private func siblings(_ pop: inout SyntheticPopulation, _ children: [Int32], _ rng: inout SplitMix64) {
        guard children.count > 1 else { return }
        for i in 0..<(children.count - 1) {
            for j in (i + 1)..<children.count where rng.chance(0.55) {
                tie(&pop, children[i], children[j], .sibling)
            }
        }
    }

    private func person(
        _ pop: inout SyntheticPopulation, _ surname: Int, _ male: Bool, _ born: Int, _ home: Int,
        _ rng: inout SplitMix64
    ) -> Int32? {
        guard pop.count < limit else { return nil }
        return pop.add(surname: surname, male: male, born: born, home: home, household: households - 1, rng: &rng)
    }

    private func tie(_ pop: inout SyntheticPopulation, _ a: Int32, _ b: Int32, _ kind: TieKind) {
        pop.ties.append(SyntheticTie(from: a, to: b, kind: kind))
    }

    private func otherSurname(_ s: Int, _ rng: inout SplitMix64) -> Int {
        let total = SyntheticVocabulary.surnameWeightTotal
        let pick = rng.weighted(SyntheticVocabulary.surnameWeights, total: total)
        return pick == s ? (s + 1 + rng.below(SyntheticVocabulary.surnames.count - 1)) % SyntheticVocabulary.surnames.count : pick
    }
}
