/// The answer to `because-of PERSON`: who was punished because of PERSON.
public struct BecauseOfResult: Codable, Sendable, Hashable {
    public var query = "because-of"
    public var person: String
    public var name: String
    /// The people punished, ordered by their shortest chain, then the date of its
    /// event (earliest day, undated last), then person id.
    public var results: [Punished]

    /// One person punished because of PERSON, with each punitive event reached.
    public struct Punished: Codable, Sendable, Hashable {
        public var person: String
        public var name: String
        /// Ordered by chain length, then date, then id.
        public var events: [ReachedEvent]
    }
}

/// A punitive event reached by links, with the shortest chain that reaches it.
public struct ReachedEvent: Codable, Sendable, Hashable {
    public var event: String
    public var kind: EventKind
    public var date: FuzzyDate?
    /// Event ids from the start (one of PERSON's events, or an escape) to this event.
    public var chain: [String]
    /// The links between consecutive events of the chain, with their sources.
    public var links: [ChainLink]

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event, forKey: .event)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(chain, forKey: .chain)
        try c.encode(links, forKey: .links)
    }
}

extension ArchiveGraph {
    /// The punitive events, of people other than `person`, reached by following links
    /// from cause to effect from any of `person`'s events, each with the length (in
    /// events) of its shortest chain; ordered by chain length, then date, then id.
    ///
    /// Events and links below `minConfidence` are left out before the search.
    ///
    /// - Complexity: O(V + L' + V log V) for the V events and L' links reached.
    public func punishedBecauseOf(
        person: Int32, minConfidence: Confidence = .hearsay, scratch: inout GraphScratch
    ) -> [(event: Int32, chainLength: Int)] {
        reachEvents(from: events(of: person), minLevel: UInt8(minConfidence.rank), scratch: &scratch)
        var found: [(event: Int32, chainLength: Int)] = []
        var layer = 0
        for (qi, e) in scratch.queue.enumerated() {
            while qi >= scratch.layerEnds[layer] { layer += 1 }
            if eventKinds[Int(e)].isPunitive && eventPerson[Int(e)] != person {
                found.append((e, layer + 1))
            }
        }
        found.sort { a, b in
            if a.chainLength != b.chainLength { return a.chainLength < b.chainLength }
            return eventDatePrecedes(a.event, b.event)
        }
        return found
    }

    /// Who was punished because of `person` (QUERIES.md, because-of).
    ///
    /// - Complexity: as `punishedBecauseOf`, plus the chains written out.
    public func becauseOf(
        person: Int32, minConfidence: Confidence = .hearsay, scratch: inout GraphScratch
    ) -> BecauseOfResult {
        let found = punishedBecauseOf(person: person, minConfidence: minConfidence, scratch: &scratch)
        // Group by person, keeping each person's events in order; a person's place is
        // given by their first event (shortest chain, then earliest date), then their id.
        var groups: [(person: Int32, length: Int, date: Int32, events: [ReachedEvent])] = []
        var slotOfPerson: [Int32: Int] = [:]
        for (e, length) in found {
            let p = eventPerson[Int(e)]
            let (ids, links) = chainDescription(to: e, scratch)
            let record = event(e)
            let reached = ReachedEvent(event: record.id, kind: record.kind, date: record.date, chain: ids, links: links)
            if let slot = slotOfPerson[p] {
                groups[slot].events.append(reached)
            } else {
                slotOfPerson[p] = groups.count
                groups.append((p, length, eventDateKeys[Int(e)], [reached]))
            }
        }
        groups.sort { a, b in
            if a.length != b.length { return a.length < b.length }
            return a.date != b.date ? a.date < b.date : personPrecedes(a.person, b.person)
        }
        let me = self.person(person)
        return BecauseOfResult(
            person: me.id, name: me.name,
            results: groups.map { .init(person: self.person($0.person).id, name: self.person($0.person).name, events: $0.events) })
    }
}
