import Dispatch
import Foundation
import GRDB
import KinGraphCore
import KinGraphFormats

extension SQLiteStore {
    /// Reads every record and validates the archive, as `ArchiveReader.load` does a
    /// file: the five tables are read concurrently, each by its own reader
    /// connection, and read again if a writer committed in between (every write
    /// bumps `meta.revision`), so the archive is one committed state.
    ///
    /// - Throws: `.invalid` with every problem (places such as
    ///   `work.kgdb:people[P-0042].sources`), or a failure to read.
    /// - Complexity: O(size of the archive).
    public func load() throws(StoreError) -> LoadedArchive {
        let (archive, sourcesChecked) = try readRecords()
        let file = (path as NSString).lastPathComponent
        do {
            return try ArchiveReader.judge(records: archive, form: .sqlite, sourcesChecked: sourcesChecked) { record, field in
                Self.place(file: file, archive: archive, record: record, field: field)
            }
        } catch {
            throw .invalid(path: path, problems: error.problems)
        }
    }

    /// `work.kgdb:people[P-0042].born`: where a record (and field) is in the store.
    package static func place(file: String, archive: Archive, record: RecordRef, field: String?) -> String {
        let key: String
        switch record.kind {
        case .source: key = archive.sources[record.index].id
        case .person: key = archive.people[record.index].id
        case .tie: key = RecordKey.tie(archive.ties[record.index])
        case .event: key = archive.events[record.index].id
        case .link: key = RecordKey.link(archive.links[record.index])
        }
        return "\(file):\(record.kind.section)[\(key)]" + (field.map { ".\($0)" } ?? "")
    }

    /// The records of one committed state, not validated.
    func readArchive() throws(StoreError) -> Archive {
        try readRecords().archive
    }

    /// The records of one committed state, not validated, and the kinds whose every
    /// record cites sources that exist (`RowDecoder.everySourceKnown`), which the
    /// validator need not check again. The sources are read first: the other tables'
    /// sources are checked against their ids (`RowDecoder(knownSources:)`); those
    /// four are then read concurrently.
    func readRecords() throws(StoreError) -> (archive: Archive, sourcesChecked: Set<RecordKind>) {
        let order: [RecordKind] = [.tie, .person, .event, .link]
        for _ in 0..<20 {
            let sources = try readTable(.source, knownSources: nil)
            var archive = Archive()
            archive.title = sources.title
            archive.sources = sources.records.compactMap { if case .source(let r) = $0 { r } else { nil } }
            let known = IDTable(.sources(archive.sources))
            let tables = TableReads(count: order.count)
            DispatchQueue.concurrentPerform(iterations: order.count) { index in
                tables.store(index, Result { () throws(StoreError) in try self.readTable(order[index], knownSources: known) })
            }
            var revisions: Set<String> = [sources.revision]
            var sourcesChecked: Set<RecordKind> = []
            for (index, kind) in order.enumerated() {
                guard let result = tables.result(index) else { continue }
                let table = try result.get()
                revisions.insert(table.revision)
                if table.everySourceKnown { sourcesChecked.insert(kind) }
                switch kind {
                case .source: break
                case .person: archive.people = table.people
                case .tie: archive.ties = table.ties
                case .event: archive.events = table.records.compactMap { if case .event(let r) = $0 { r } else { nil } }
                case .link: archive.links = table.records.compactMap { if case .link(let r) = $0 { r } else { nil } }
                }
            }
            if revisions.count == 1 { return (archive, sourcesChecked) }
        }
        throw .locked(path: path, seconds: busyTimeout)
    }

    /// One table, read in one transaction with the revision it saw.
    private func readTable(_ kind: RecordKind, knownSources: IDTable?) throws(StoreError) -> TableRead {
        let file = (path as NSString).lastPathComponent
        return try read { db in
            let revision = try Meta.value("revision", db) ?? ""
            let title = kind == .source ? try Meta.value("title", db) : nil
            guard let connection = db.sqliteConnection else { throw StoreError.failed(path: path, reason: "no connection") }
            let capacity = try Int.fetchOne(db, sql: "SELECT max(row) FROM \(RecordTable.name(kind))") ?? 0
            let statement = try RawStatement(connection, RecordTable.select(kind) + " ORDER BY row")
            var decoder = RowDecoder(knownSources: knownSources)
            var table = TableRead(revision: revision, title: title)
            switch kind {
            case .person:
                table.people.reserveCapacity(capacity)
                while try statement.step() { if let person = decoder.person(statement) { table.people.append(person) } }
            case .tie:
                table.ties.reserveCapacity(capacity)
                while try statement.step() { if let tie = decoder.tie(statement) { table.ties.append(tie) } }
            default:
                table.records.reserveCapacity(capacity)
                while try statement.step() { if let record = decoder.decode(kind, statement) { table.records.append(record) } }
            }
            table.everySourceKnown = decoder.everySourceKnown
            if !decoder.problems.isEmpty {
                throw StoreError.invalid(
                    path: path,
                    problems: decoder.problems.map { problem in
                        Problem(
                            .error, place: "\(file):\(problem.kind.section) row \(problem.row).\(problem.field)",
                            message: problem.message, field: problem.field)
                    })
            }
            return table
        }
    }
}

/// What reading one table gave.
private struct TableRead: Sendable {
    var revision: String
    var title: String?
    var people: [Person] = []
    var ties: [Tie] = []
    var records: [DecodedRecord] = []
    /// Every record read cites sources, all of them known (`RowDecoder.everySourceKnown`).
    var everySourceKnown = false
}

/// The results of the concurrent table reads, one slot each.
private final class TableReads: @unchecked Sendable {
    private var results: [Result<TableRead, StoreError>?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ result: Result<TableRead, StoreError>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func result(_ index: Int) -> Result<TableRead, StoreError>? {
        lock.lock()
        defer { lock.unlock() }
        return results[index]
    }
}
