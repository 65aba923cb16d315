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
    /// The one reference a graph holds.
    final class Storage: Sendable {
        let index: GraphIndex
        init(_ index: GraphIndex) { self.index = index }
    }

    let storage: Storage

    /// The records the graph indexes.
    public var archive: Archive { storage.index.archive }

    @inline(__always) var personByID: IDTable { storage.index.personByID }
    @inline(__always) var eventByID: IDTable { storage.index.eventByID }
    @inline(__always) var sourceByID: IDTable { storage.index.sourceByID }
    @inline(__always) var peopleInIDOrder: Bool { storage.index.peopleInIDOrder }
    @inline(__always) var eventsInIDOrder: Bool { storage.index.eventsInIDOrder }
    @inline(__always) var tieOffsets: [Int32] { storage.index.tieOffsets }
    @inline(__always) var familyEnds: [Int32] { storage.index.familyEnds }
    @inline(__always) var tieTargets: [Int32] { storage.index.tieTargets }
    @inline(__always) var tieRecords: [Int32] { storage.index.tieRecords }
    @inline(__always) var tieEntries: [TieEntry] { storage.index.tieEntries }
    @inline(__always) var eventPerson: [Int32] { storage.index.eventPerson }
    @inline(__always) var eventKinds: [EventKind] { storage.index.eventKinds }
    @inline(__always) var eventLevels: [UInt8] { storage.index.eventLevels }
    @inline(__always) var eventDateKeys: [Int32] { storage.index.eventDateKeys }
    @inline(__always) var personEventOffsets: [Int32] { storage.index.personEventOffsets }
    @inline(__always) var personEvents: [Int32] { storage.index.personEvents }
    @inline(__always) var effectOffsets: [Int32] { storage.index.effectOffsets }
    @inline(__always) var effectTargets: [Int32] { storage.index.effectTargets }
    @inline(__always) var effectLinks: [Int32] { storage.index.effectLinks }
    @inline(__always) var effectLevels: [UInt8] { storage.index.effectLevels }
    @inline(__always) var causeOffsets: [Int32] { storage.index.causeOffsets }
    @inline(__always) var causeTargets: [Int32] { storage.index.causeTargets }
    @inline(__always) var causeLinks: [Int32] { storage.index.causeLinks }
    @inline(__always) var causeLevels: [UInt8] { storage.index.causeLevels }

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

    /// The ties of person `p`, as indices into `archive.ties` (each tie is listed under
    /// both its people; ties to themself are left out).
    public func ties(of p: Int32) -> ArraySlice<Int32> { tieRecords[tieRange(of: p, familyOnly: false)] }

    /// The links whose cause is event `e`, as indices into `archive.links`, in archive order.
    public func links(causedBy e: Int32) -> ArraySlice<Int32> {
        effectLinks[Int(effectOffsets[Int(e)])..<Int(effectOffsets[Int(e) + 1])]
    }

    /// The tie-entry range of person `p`: family entries only, or all.
    @inline(__always)
    func tieRange(of p: Int32, familyOnly: Bool) -> Range<Int> {
        let start = Int(tieOffsets[Int(p)])
        let end = familyOnly ? Int(familyEnds[Int(p)]) : Int(tieOffsets[Int(p) + 1])
        return start..<end
    }
}
