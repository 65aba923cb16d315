import Dispatch

/// An archive with its ids resolved once: the id table of each kind and, for every
/// reference, the index of the record it names (-1 when it names none).
///
/// `ArchiveValidator.check` makes one while it validates, and `ArchiveGraph(_:)`
/// builds on it without looking any id up again: one id table, built once, shared by
/// validation, indexing and the queries.
///
///     let checked = ArchiveValidator.check(archive)
///     if !checked.problems.contains(where: \.isError) { let graph = try ArchiveGraph(checked.resolved) }
public struct ResolvedArchive: Sendable {
    /// The records the references point into.
    public let archive: Archive
    let sourceByID: IDTable
    let personByID: IDTable
    let eventByID: IDTable
    /// Repeated ids, in record order, per kind.
    let duplicateSources: [String]
    let duplicatePeople: [String]
    let duplicateEvents: [String]
    /// The people at either end of each tie.
    let tieFrom: [Int32]
    let tieTo: [Int32]
    /// The person of each event.
    let eventPerson: [Int32]
    /// The events at either end of each link.
    let linkCause: [Int32]
    let linkEffect: [Int32]

    /// Resolves every reference of `archive`: the id tables built, and the ties (in
    /// four ranges), events and links resolved, concurrently.
    ///
    /// - Complexity: O(n + m) expected, for n records and m references.
    public init(_ archive: Archive) {
        let tables = IDTables(archive)
        let pieces = 4
        let size = max((archive.ties.count + pieces - 1) / pieces, 1)
        let references = ResolvedOutput.resolve(archive) { out in
            DispatchQueue.concurrentPerform(iterations: pieces + 1) { part in
                guard part < pieces else {
                    for (e, event) in archive.events.enumerated() {
                        out.eventPerson[e] = tables.people[event.person] ?? -1
                    }
                    for (l, link) in archive.links.enumerated() {
                        out.linkCause[l] = tables.events[link.cause] ?? -1
                        out.linkEffect[l] = tables.events[link.effect] ?? -1
                    }
                    return
                }
                archive.ties.withUnsafeBufferPointer { ties in
                    for t in min(part * size, ties.count)..<min((part + 1) * size, ties.count) {
                        out.tieFrom[t] = tables.people[ties[t].from] ?? -1
                        out.tieTo[t] = tables.people[ties[t].to] ?? -1
                    }
                }
            }
        }
        self.init(archive: archive, tables: tables, references: references)
    }

    init(
        archive: Archive, tables: IDTables,
        references: (tieFrom: [Int32], tieTo: [Int32], eventPerson: [Int32], linkCause: [Int32], linkEffect: [Int32])
    ) {
        self.archive = archive
        sourceByID = tables.sources
        personByID = tables.people
        eventByID = tables.events
        duplicateSources = tables.duplicateSources.map(\.id)
        duplicatePeople = tables.duplicatePeople.map(\.id)
        duplicateEvents = tables.duplicateEvents.map(\.id)
        tieFrom = references.tieFrom
        tieTo = references.tieTo
        eventPerson = references.eventPerson
        linkCause = references.linkCause
        linkEffect = references.linkEffect
    }
}

/// The id tables of sources, people and events, with the repeated ids of each.
struct IDTables: Sendable {
    var sources: IDTable
    var people: IDTable
    var events: IDTable
    /// (index, id) of each record whose id an earlier record of its kind has.
    var duplicateSources: [(index: Int, id: String)] = []
    var duplicatePeople: [(index: Int, id: String)] = []
    var duplicateEvents: [(index: Int, id: String)] = []

    /// Builds the three tables concurrently.
    ///
    /// - Complexity: O(n) expected, for n records.
    init(_ archive: Archive) {
        let built = Slots<(IDTable, [(index: Int, id: String)])>(count: 3)
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            var repeated: [(index: Int, id: String)] = []
            let column: IDTable.Column
            switch part {
            case 0: column = .people(archive.people)
            case 1: column = .events(archive.events)
            default: column = .sources(archive.sources)
            }
            let table = IDTable(column) { repeated.append(($0, $1)) }
            built[part] = (table, repeated)
        }
        let empty = IDTable(.strings([]))
        (people, duplicatePeople) = built[0] ?? (empty, [])
        (events, duplicateEvents) = built[1] ?? (empty, [])
        (sources, duplicateSources) = built[2] ?? (empty, [])
    }
}
