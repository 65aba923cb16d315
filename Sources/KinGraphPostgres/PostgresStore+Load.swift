import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore
import PostgresNIO

extension PostgresStore {
    /// Reads every record in one read-only snapshot and validates the archive, as
    /// `ArchiveReader.load` does a file; each table is one streamed query. A viewer
    /// reads protected people redacted by the database (`people_redacted`), each
    /// named "Protected person" (`--redact` numbers them).
    ///
    /// - Throws: `.invalid` with every problem (places such as
    ///   `postgres://kim@host:5432/archive:people[P-0042].sources`), or a failure to read.
    /// - Complexity: O(size of the archive).
    public func load() throws(StoreError) -> LoadedArchive {
        let archive = try readArchive()
        let file = self.file
        do {
            return try ArchiveReader.judge(records: archive, form: .postgres) { record, field in
                SQLiteStore.place(file: file, archive: archive, record: record, field: field)
            }
        } catch {
            throw .invalid(path: path, problems: error.problems)
        }
    }

    /// The records of one snapshot, not validated.
    func readArchive() throws(StoreError) -> Archive {
        do {
            return try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                var archive = Archive()
                archive.title = try session.value("SELECT value FROM meta WHERE key = 'title'")
                let reader = TableReader(file: file)
                // A viewer may not read the people table whole: the redacting views then.
                let redacted = try session.value("SELECT (NOT has_table_privilege('people', 'SELECT'))::text") == "true"
                for kind in RecordKind.allCases {
                    try session.stream(PostgresSchema.select(kind, redacted: redacted) + " ORDER BY \"row\"") { row in reader.add(kind, row) }
                }
                try reader.finish(into: &archive, path: path)
                return archive
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }
}

/// Decodes rows as they stream in (on NIO's thread, one table after another).
private final class TableReader: @unchecked Sendable {
    private let lock = NSLock()
    private var decoder = RowDecoder()
    private var archive = Archive()
    private let file: String

    init(file: String) { self.file = file }

    func add(_ kind: RecordKind, _ row: PostgresRow) {
        let cells = PostgresCells(row)
        lock.lock()
        defer { lock.unlock() }
        switch kind {
        case .person: if let person = decoder.person(cells) { archive.people.append(person) }
        case .tie: if let tie = decoder.tie(cells) { archive.ties.append(tie) }
        case .source: if let source = decoder.source(cells) { archive.sources.append(source) }
        case .event: if let event = decoder.event(cells) { archive.events.append(event) }
        case .link: if let link = decoder.link(cells) { archive.links.append(link) }
        }
    }

    func finish(into result: inout Archive, path: String) throws(StoreError) {
        lock.lock()
        defer { lock.unlock() }
        if !decoder.problems.isEmpty {
            throw .invalid(
                path: path,
                problems: decoder.problems.map { problem in
                    Problem(
                        .error, place: "\(file):\(problem.kind.section) row \(problem.row).\(problem.field)",
                        message: problem.message, field: problem.field)
                })
        }
        let title = result.title
        result = archive
        result.title = title
    }
}
