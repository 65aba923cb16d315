import KinGraphCore

/// An event of the synthetic archive; `day` is the day it really happened, which the
/// writer blurs into a fuzzy date that still contains it.
struct SyntheticEvent: Sendable {
    var person: Int32
    var kind: EventKind
    var day: Int32
    var reason: Reason?
    /// Index into `SyntheticVocabulary.abroad`, or `SyntheticEvent.atHome` (the
    /// person's home town, country `KP`).
    var place: Int8
    /// 1 + index into `SyntheticVocabulary.agencies`, 0 for none.
    var agency: UInt8
    /// 1 + index into `SyntheticVocabulary.facilities`, 0 for none.
    var facility: UInt8
    /// Case number, -1 for none.
    var caseNumber: Int32

    static let atHome: Int8 = -1
}

/// A link of the synthetic archive, by event index; the cause always has the smaller
/// index and the earlier (or same) day, so links never loop and never run backwards.
struct SyntheticLink: Sendable {
    var cause: Int32
    var effect: Int32
    var kind: LinkKind
}

/// What happened to the synthetic people: escapes and the punishments of relatives
/// that followed (guilt-by-association within three family hops, some left unlinked),
/// contacts exposed one after another, other acts and their arrests, and punishments
/// with no known cause.
struct SyntheticHistory: Sendable {
    var events: [SyntheticEvent] = []
    var links: [SyntheticLink] = []
    /// Last known status per person, `nil` when the archive leaves it empty.
    var status: [PersonStatus?]
    var cases: Int32 = 0

    /// Invents the history of `population` from `rng`.
    /// - Complexity: O(people + ties + events).
    init(population: SyntheticPopulation, rng: inout SplitMix64) {
        let n = population.count
        status = [PersonStatus?](repeating: nil, count: n)
        for i in 0..<n {
            let roll = rng.below(10)
            status[i] = roll < 4 ? nil : (roll < 7 ? .unknown : .atLarge)
        }
        events.reserveCapacity(n / 4 + 16)
        links.reserveCapacity(n / 5 + 16)
        let family = SyntheticAdjacency(people: n, ties: population.ties) { $0.kind.isFamily }
        let contacts = SyntheticAdjacency(people: n, ties: population.ties) { !$0.kind.isFamily }
        var cascade = SyntheticCascade(people: n, family: family, contacts: contacts)
        for i in 0..<n {
            let born = Int(population.bornYear[i])
            let first = max(born + 16, 1995)
            if first <= 2019 && rng.chance(0.025) {
                cascade.escape(person: Int32(i), year: rng.int(in: first...2019), into: &self, rng: &rng)
            } else if first <= 2019 && rng.chance(0.02) {
                act(person: Int32(i), year: rng.int(in: first...2019), rng: &rng)
            } else if max(born + 14, 1990) <= 2023 && rng.chance(0.004) {
                let kind = SyntheticHistory.punitive[rng.below(SyntheticHistory.punitive.count)]
                let day = SyntheticHistory.day(year: rng.int(in: max(born + 14, 1990)...2023), rng: &rng)
                _ = add(i, kind, day, rng.chance(0.5) ? nil : .unknown, agency: 1)
                status[i] = .detained
            }
        }
    }

    static let punitive: [EventKind] = EventKind.allCases.filter(\.isPunitive)

    /// Adds an event and returns its index.
    mutating func add(
        _ person: Int, _ kind: EventKind, _ day: Int32, _ reason: Reason?, place: Int8 = SyntheticEvent.atHome,
        agency: UInt8 = 0, facility: UInt8 = 0, caseNumber: Int32 = -1
    ) -> Int32 {
        events.append(
            SyntheticEvent(
                person: Int32(person), kind: kind, day: day, reason: reason, place: place, agency: agency,
                facility: facility, caseNumber: caseNumber))
        return Int32(events.count - 1)
    }

    /// Links `cause` to `effect`.
    mutating func link(_ cause: Int32, _ effect: Int32, _ kind: LinkKind) {
        links.append(SyntheticLink(cause: cause, effect: effect, kind: kind))
    }

    /// An act the state punishes (contact abroad, remittance, smuggling, religion,
    /// foreign media), followed in about half the cases by an arrest and a sentence.
    private mutating func act(person: Int32, year: Int, rng: inout SplitMix64) {
        let acts: [(EventKind, Reason)] = [
            (.contactAbroad, .contactAbroad), (.remittance, .contactAbroad), (.smuggling, .smuggling),
            (.religion, .religion), (.foreignMedia, .foreignMedia),
        ]
        let (kind, reason) = acts[rng.below(acts.count)]
        let p = Int(person)
        let act = add(p, kind, SyntheticHistory.day(year: year, rng: &rng), nil)
        guard rng.chance(0.45) else { return }
        let arrest = add(
            p, .arrest, events[Int(act)].day + Int32(rng.int(in: 5...400)), rng.chance(0.8) ? reason : nil,
            agency: UInt8(1 + rng.below(2)))
        link(act, arrest, .ledTo)
        status[p] = .detained
        guard rng.chance(0.5) else { return }
        let sentence = add(
            p, .sentence, events[Int(arrest)].day + Int32(rng.int(in: 30...300)), reason,
            facility: UInt8(1 + rng.below(SyntheticVocabulary.facilities.count)))
        link(arrest, sentence, .ledTo)
        if rng.chance(0.3) {
            let release = add(p, .release, events[Int(sentence)].day + Int32(rng.int(in: 180...2000)), nil)
            link(sentence, release, .ledTo)
            status[p] = .released
        }
    }

    /// A day in `year`.
    static func day(year: Int, rng: inout SplitMix64) -> Int32 {
        (Day(year: year, month: 1, day: 1)?.ordinal ?? 0) + Int32(rng.below(365))
    }
}
