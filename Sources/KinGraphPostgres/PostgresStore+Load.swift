import Dispatch
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore
import PostgresNIO

extension PostgresStore {
    /// Reads every record in one read-only snapshot and validates the archive, as
    /// `ArchiveReader.load` does a file. A viewer reads protected people redacted by
    /// the database (`people_redacted`), each named "Protected person" (`--redact`
    /// numbers them).
    ///
    /// - Throws: `.invalid` with every problem (places such as
    ///   `postgres://kim@host:5432/archive:people[P-0042].sources`), or a failure to read.
    /// - Complexity: O(size of the archive).
    public func load() throws(StoreError) -> LoadedArchive {
        let (archive, sourcesChecked) = try readRecords()
        let file = self.file
        do {
            return try ArchiveReader.judge(records: archive, form: .postgres, sourcesChecked: sourcesChecked) { record, field in
                SQLiteStore.place(file: file, archive: archive, record: record, field: field)
            }
        } catch {
            throw .invalid(path: path, problems: error.problems)
        }
    }

    /// The records of one snapshot, not validated, in each table's `"row"` order.
    func readArchive() throws(StoreError) -> Archive {
        try readRecords().archive
    }

    /// The records of one snapshot, not validated, in each table's `"row"` order, and
    /// the kinds whose every record cites sources that exist (`RowDecoder.everySourceKnown`).
    ///
    /// Read in bulk, not row by row: PostgresNIO has no `COPY … TO STDOUT`, so each
    /// query answers the rows of `loadChunkRows` row numbers at once as one text, each
    /// row the `load_text` the server keeps (`PostgresSchema.rowChunk`), or, where the
    /// user may not read it, as one text a column (`PostgresSchema.columnChunk`); a
    /// `text[]` (`PostgresSchema.chunk`) when a value holds a delimiter; decoded in place
    /// (`PostgresChunk`); the next chunk is asked for before this one is decoded, so
    /// the server and the decoder work at the same time. The tables are read on up to
    /// `loadConnections` connections at once, each opened as this store's user (a
    /// viewer still reads only the redacting views) and reading the first one's
    /// snapshot (`pg_export_snapshot`, `SET TRANSACTION SNAPSHOT`); a connection that
    /// cannot be opened leaves its tables to the others. The sources come first, on
    /// this connection (about 2 % of the rows): their ids let each table's decoder
    /// vouch for its records' sources, which the validator then skips.
    func readRecords() throws(StoreError) -> (archive: Archive, sourcesChecked: Set<RecordKind>) {
        do {
            return try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                var archive = Archive()
                archive.title = try session.value("SELECT value FROM meta WHERE key = 'title'")
                // A viewer may not read the people table whole: the redacting views then.
                let redacted = try session.value("SELECT (NOT has_table_privilege('people', 'SELECT'))::text") == "true"
                let helpers = loadConnections > 1 ? try snapshotSessions(loadConnections - 1) : []
                defer {
                    for helper in helpers { try? helper.execute("COMMIT") }
                }
                let tables = !loadReadsLoadText ? [] : try session.rows(PostgresSchema.readableLoadTexts).compactMap { row in
                    row.first(where: { _ in true })?.bytes.map { String(buffer: $0) }
                }
                // A viewer reads people and events through the redacting views, never `load_text`.
                let rendered = Set(RecordKind.allCases.filter { kind in
                    tables.contains(RecordTable.name(kind)) && !(redacted && (kind == .person || kind == .event))
                })
                let load = TableLoad(store: self, redacted: redacted, rendered: rendered)
                load.readSources(session)
                let sessions = [session] + helpers
                DispatchQueue.concurrentPerform(iterations: sessions.count) { index in load.work(sessions[index]) }
                let sourcesChecked = try load.finish(into: &archive)
                return (archive, sourcesChecked)
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }

    /// Up to `count` more connections as this store's user, each in a read-only
    /// transaction on this session's snapshot; fewer when the server refuses some.
    private func snapshotSessions(_ count: Int) throws(StoreError) -> [PostgresSession] {
        guard let snapshot = try session.value("SELECT pg_export_snapshot()"),
            snapshot.allSatisfy({ $0.isHexDigit || $0 == "-" })
        else { return [] }
        var sessions: [PostgresSession] = []
        for _ in 0..<count {
            guard let other = try? PostgresSession(url) else { break }
            do {
                try other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                try other.execute("SET TRANSACTION SNAPSHOT '\(snapshot)'")
            } catch {
                break
            }
            sessions.append(other)
        }
        return sessions
    }
}

/// The tables of one load, read by several connections at once: each takes the
/// next table not yet taken, largest first, and decodes it with a decoder of its own.
private final class TableLoad: @unchecked Sendable {
    private let lock = NSLock()
    private let file: String
    private let path: String
    private let redacted: Bool
    /// The kinds read as rows of `load_text` (`PostgresSchema.rowChunk`).
    private let rendered: Set<RecordKind>
    private let chunkRows: Int
    private let afterChunk: (@Sendable (RecordKind, Int) throws -> Void)?
    /// The tables no connection has taken yet, the next last (the sources are read first).
    private var waiting: [RecordKind] = [.link, .event, .person, .tie]
    private var parts: [RecordKind: (archive: Archive, problems: [Problem], everySourceKnown: Bool)] = [:]
    /// The source ids, once the sources are read.
    private var knownSources: IDTable?
    private var failure: (any Error)?

    init(store: PostgresStore, redacted: Bool, rendered: Set<RecordKind>) {
        file = store.file
        path = store.path
        self.redacted = redacted
        self.rendered = rendered
        chunkRows = max(1, store.loadChunkRows)
        afterChunk = store.afterLoadChunk
    }

    /// Reads the sources on `session`, before any other table.
    func readSources(_ session: PostgresSession) {
        take(.source, session)
        knownSources = parts[.source].map { IDTable(.sources($0.archive.sources)) }
    }

    /// Reads tables on `session` until none is left or a read failed.
    func work(_ session: PostgresSession) {
        while let kind = next() { take(kind, session) }
    }

    /// Reads `kind`'s table on `session` into its part, or notes the failure.
    private func take(_ kind: RecordKind, _ session: PostgresSession) {
        do {
            let part = try read(kind, session)
            lock.withLock { parts[kind] = part }
        } catch {
            lock.withLock {
                if failure == nil { failure = error }
                waiting = []
            }
        }
    }

    private func next() -> RecordKind? {
        lock.withLock { waiting.popLast() }
    }

    /// One table, chunk after chunk of `chunkRows` row numbers, in `"row"` order.
    private func read(
        _ kind: RecordKind, _ session: PostgresSession
    ) throws -> (archive: Archive, problems: [Problem], everySourceKnown: Bool) {
        var archive = Archive()
        var decoder = RowDecoder(knownSources: knownSources)
        let span = try session.rows(PostgresSchema.rowSpan(kind, redacted: redacted)).first.map { row in
            row.map { cell in cell.bytes.flatMap { Int64(String(buffer: $0)) } }
        }
        if let span, span.count == 2, let first = span[0], let last = span[1] {
            let byRow = rendered.contains(kind)
            let sql = byRow ? PostgresSchema.rowChunk(kind) : PostgresSchema.columnChunk(kind, redacted: redacted)
            let arraySQL = PostgresSchema.chunk(kind, redacted: redacted)
            let columns = RecordTable.columns(kind).count + 1
            // Each query spans `step` row numbers, doubled after a chunk with fewer than
            // half that many rows (numbers left unused by deletions), so that sparse
            // numbering does not take many near-empty queries.
            var step = Int64(chunkRows)
            func send(after start: Int64) -> (binds: [String?], end: Int64, answer: PostgresSession.PendingRows)? {
                guard start < last else { return nil }
                let (sum, overflow) = start.addingReportingOverflow(step)
                let end = overflow || sum > last ? last : sum
                let binds = [String(start), String(end)]
                return (binds, end, session.send(sql, binds))
            }
            var pending = send(after: first == .min ? first : first - 1)
            var index = 0
            while let (binds, end, answer) = pending {
                pending = send(after: end)
                let chunk = try chunk(answer, columns: columns, byRow: byRow) { () throws(StoreError) in
                    try session.rows(arraySQL, binds)
                }
                chunk?.forEachRow { cells in decoder.append(kind, cells, to: &archive) }
                if (chunk?.rows ?? 0) < chunkRows / 2 && step < Int64(Int32.max) { step *= 2 }
                try afterChunk?(kind, index)
                index += 1
            }
        }
        let problems = decoder.problems.map { problem in
            Problem(
                .error, place: "\(file):\(problem.kind.section) row \(problem.row).\(problem.field)",
                message: problem.message, field: problem.field)
        }
        return (archive, problems, decoder.everySourceKnown)
    }

    /// The chunk in `answer` (`PostgresSchema.rowChunk` when `byRow`, else
    /// `columnChunk`); when its values hold a delimiter, the same rows read again as
    /// an array by `again`. `nil` when the range holds no row.
    private func chunk(
        _ answer: PostgresSession.PendingRows, columns: Int, byRow: Bool,
        again: () throws(StoreError) -> [PostgresRow]
    ) throws(StoreError) -> PostgresChunk? {
        guard let row = try answer.rows().first else { return nil }
        let cells = Array(row)
        guard let count = cells.first?.bytes.flatMap({ Int(String(buffer: $0)) }), count > 0 else { return nil }
        if byRow, cells.count == 2, let text = cells[1].bytes,
            let chunk = PostgresChunk(delimited: text, count: count, columns: columns)
        {
            return chunk
        }
        if !byRow, cells.count == columns + 1,
            let chunk = PostgresChunk(columns: cells.dropFirst().map(\.bytes), count: count)
        {
            return chunk
        }
        guard let bytes = try again().first?.first(where: { _ in true })?.bytes else { return nil }
        return try PostgresChunk(bytes, columns: columns, place: file)
    }

    /// The tables in `result` (its title kept), or the first failure, or every problem
    /// in the tables' order; gives the kinds whose every record cites sources that exist.
    func finish(into result: inout Archive) throws -> Set<RecordKind> {
        try lock.withLock {
            if let failure { throw failure }
            let problems = RecordKind.allCases.flatMap { parts[$0]?.problems ?? [] }
            if !problems.isEmpty { throw StoreError.invalid(path: path, problems: problems) }
            result.sources = parts[.source]?.archive.sources ?? []
            result.people = parts[.person]?.archive.people ?? []
            result.ties = parts[.tie]?.archive.ties ?? []
            result.events = parts[.event]?.archive.events ?? []
            result.links = parts[.link]?.archive.links ?? []
            return Set(parts.filter { $0.key != .source && $0.value.everySourceKnown }.keys)
        }
    }
}
