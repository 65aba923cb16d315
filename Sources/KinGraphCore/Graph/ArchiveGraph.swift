/// An immutable index over an archive: dense `Int32` indices for people, events and
/// sources, and compressed (CSR: offsets + targets) adjacency per relation.
///
/// Built once, in linear time, from a valid archive; shared freely between threads.
/// Person, event, tie, link and source indices are positions in the archive's record
/// arrays, so `graph.archive.people[Int(p)]` is the record of person `p`. Strings live
/// once, in the records; the index holds integers only.
///
///     let graph = try ArchiveGraph(archive)
///     var scratch = GraphScratch()
///     let answer = graph.becauseOf(person: 0, scratch: &scratch)
///
/// Traversals take a `GraphScratch` the caller owns and reuses: its stamped visited
/// arrays make a small query on a graph of millions cost microseconds, with no
/// allocation proportional to the graph.
public struct ArchiveGraph: Sendable {
    /// The records the graph indexes.
    public let archive: Archive

    /// Person id → person index.
    let personByID: [String: Int32]
    /// Event id → event index.
    let eventByID: [String: Int32]
    /// Source id → source index.
    let sourceByID: [String: Int32]
    /// `true` when person ids ascend with their index, so index order is id order.
    let peopleInIDOrder: Bool
    /// `true` when event ids ascend with their index.
    let eventsInIDOrder: Bool

    // Ties, stored in both directions. The entries of person p are
    // tieTargets[tieOffsets[p] ..< tieOffsets[p + 1]], family ties first (up to familyEnds[p]).
    let tieOffsets: [Int32]
    let familyEnds: [Int32]
    /// The person at the other end of each entry.
    let tieTargets: [Int32]
    /// The tie record of each entry.
    let tieRecords: [Int32]
    /// Kind, direction and confidence of each entry (see `TieEntry`).
    let tieEntries: [TieEntry]

    // Events.
    /// The person each event happened to.
    let eventPerson: [Int32]
    /// The kind of each event.
    let eventKinds: [EventKind]
    /// The effective confidence rank of each event.
    let eventLevels: [UInt8]
    /// Events of person p: personEvents[personEventOffsets[p] ..< personEventOffsets[p + 1]].
    let personEventOffsets: [Int32]
    let personEvents: [Int32]

    // Links from cause to effects, and from effect to causes. Each entry carries its link
    // record and a level: the smaller of the link's and the far event's confidence rank,
    // so a filtered traversal tests one byte per entry.
    let effectOffsets: [Int32]
    let effectTargets: [Int32]
    let effectLinks: [Int32]
    let effectLevels: [UInt8]
    let causeOffsets: [Int32]
    let causeTargets: [Int32]
    let causeLinks: [Int32]
    let causeLevels: [UInt8]

    /// Number of people.
    public var personCount: Int { archive.people.count }
    /// Number of events.
    public var eventCount: Int { archive.events.count }

    /// The index of the person with `id`, if any.
    public func personIndex(_ id: String) -> Int32? { personByID[id] }
    /// The index of the event with `id`, if any.
    public func eventIndex(_ id: String) -> Int32? { eventByID[id] }
    /// The index of the source with `id`, if any.
    public func sourceIndex(_ id: String) -> Int32? { sourceByID[id] }

    /// The record of person `p`.
    public func person(_ p: Int32) -> Person { archive.people[Int(p)] }
    /// The record of event `e`.
    public func event(_ e: Int32) -> Event { archive.events[Int(e)] }

    /// The events of person `p`, in archive order.
    public func events(of p: Int32) -> ArraySlice<Int32> {
        personEvents[Int(personEventOffsets[Int(p)])..<Int(personEventOffsets[Int(p) + 1])]
    }

    /// The person event `e` happened to.
    public func personOf(event e: Int32) -> Int32 { eventPerson[Int(e)] }

    /// The tie-entry range of person `p`: family entries only, or all.
    @inline(__always)
    func tieRange(of p: Int32, familyOnly: Bool) -> Range<Int> {
        let start = Int(tieOffsets[Int(p)])
        let end = familyOnly ? Int(familyEnds[Int(p)]) : Int(tieOffsets[Int(p) + 1])
        return start..<end
    }
}
