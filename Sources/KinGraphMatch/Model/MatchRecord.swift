import KinGraphCore

/// One person record prepared for comparison: names, birth range, home and the
/// indices of the records it is tied to, worked out once (a class, so comparing
/// millions of pairs shares it instead of copying its fields).
final class MatchRecord: Sendable {
    let names: [PersonName]
    let sex: Sex?
    /// First and last day the birth date can be.
    let born: ClosedRange<Int32>?
    let home: String?
    /// Records tied to this one by family ties, by index, sorted.
    let relatives: [Int32]
    /// The whole-name ids of those relatives, sorted and distinct.
    let relativeNames: [Int32]
    /// Every record tied to this one by any tie, by index, sorted.
    let tied: [Int32]
    let events: [EventKey]

    init(
        names: [PersonName], sex: Sex?, born: ClosedRange<Int32>?, home: String?, relatives: [Int32],
        relativeNames: [Int32], tied: [Int32], events: [EventKey]
    ) {
        self.names = names
        self.sex = sex
        self.born = born
        self.home = home
        self.relatives = relatives
        self.relativeNames = relativeNames
        self.tied = tied
        self.events = events
    }

    /// What is compared of an event: kind, place and date range.
    struct EventKey: Sendable {
        let kind: EventKind
        let place: String?
        let dates: ClosedRange<Int32>?
    }

    /// The records of `archive`, in its order.
    ///
    /// - Complexity: O(people + ties + events), plus the name folding.
    static func prepare(_ archive: Archive) -> [MatchRecord] {
        var index: [String: Int32] = [:]
        index.reserveCapacity(archive.people.count)
        for (i, person) in archive.people.enumerated() where index[person.id] == nil { index[person.id] = Int32(i) }
        var relatives = [[Int32]](repeating: [], count: archive.people.count)
        var tied = [[Int32]](repeating: [], count: archive.people.count)
        for tie in archive.ties {
            guard let a = index[tie.from], let b = index[tie.to], a != b else { continue }
            tied[Int(a)].append(b)
            tied[Int(b)].append(a)
            if tie.kind.isFamily {
                relatives[Int(a)].append(b)
                relatives[Int(b)].append(a)
            }
        }
        var events = [[EventKey]](repeating: [], count: archive.people.count)
        for event in archive.events {
            guard let p = index[event.person] else { continue }
            events[Int(p)].append(
                EventKey(kind: event.kind, place: event.place.flatMap(PlaceKey.of), dates: range(event.date)))
        }
        let cache = NameCache()
        let names = archive.people.map { person in
            ([person.name] + (person.hangul.map { [$0] } ?? []) + person.aliases).map { PersonName($0, cache: cache) }
        }
        return archive.people.enumerated().map { i, person in
            let family = Array(Set(relatives[i])).sorted()
            return MatchRecord(
                names: names[i], sex: person.sex, born: range(person.born), home: person.home.flatMap(PlaceKey.of),
                relatives: family, relativeNames: Array(Set(family.compactMap { names[Int($0)].first?.wholeID })).sorted(),
                tied: Array(Set(tied[i])).sorted(), events: events[i])
        }
    }

    /// The days a fuzzy date covers; `nil` when it is missing or open on both sides.
    static func range(_ date: FuzzyDate?) -> ClosedRange<Int32>? {
        guard let date else { return nil }
        switch (date.earliest, date.latest) {
        case (let a?, let b?): return a.ordinal...b.ordinal
        case (let a?, nil): return a.ordinal...a.ordinal
        case (nil, let b?): return b.ordinal...b.ordinal
        case (nil, nil): return nil
        }
    }
}
