import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore
import PostgresNIO

extension PostgresStore {
    /// Applies `changes` in one transaction, each planned and validated on its
    /// neighbourhood as on SQLite; the first refusal rolls everything back. Writers
    /// take turns on the log's head (`meta.log_head`, locked for the transaction), so
    /// the audit log stays one chain. Entries are by the PostgreSQL role connected
    /// (`author.name` is kept only when it is that role).
    ///
    /// - Complexity: O(records around each change), on indexes.
    public func apply(_ changes: [Change], author: ChangeAuthor) throws(StoreError) -> [AppliedChange] {
        do {
            let who = try databaseUser()
            if try session.value("SELECT has_table_privilege('audit', 'INSERT')::text") != "true" {
                let role = try self.role().map { "role \($0.rawValue)" } ?? "'\(who)'"
                throw StoreError.failed(path: file, reason: "\(role) may not edit this archive: ask an admin")
            }
            return try session.transaction {
                var taken: AuditSequence?
                let lookup = PostgresLookup(session)
                let planner = ChangePlanner(queries: lookup, file: file)
                var applied: [AppliedChange] = []
                for (index, change) in changes.enumerated() {
                    let number = changes.count > 1 ? index + 1 : 0
                    let plan = try planner.plan(change, number: number)
                    var neighborhood = Neighborhood(queries: lookup, writes: plan.writes)
                    let problems = try neighborhood.problems(file: file)
                    if problems.contains(where: \.isError) {
                        throw StoreError.refused(change: number, command: change.command, problems: problems)
                    }
                    if taken == nil {
                        // The records were read without a lock: a writer who commits from now
                        // on makes the version check below fail (`beforeWriting` lets a test do it).
                        try beforeWriting?()
                        let head = try session.value("SELECT value FROM meta WHERE key = 'log_head' FOR UPDATE") ?? ""
                        taken = try sequence(after: head, author: ChangeAuthor(name: who, at: author.at))
                    }
                    guard var log = taken else { break }
                    defer { taken = log }
                    let firstSeq = try write(plan, change: change, log: &log, versions: lookup)
                    if let merged = plan.merged {
                        _ = try session.rows(
                            """
                            INSERT INTO merged (id, into_id, audit_seq) VALUES ($1, $2, $3::bigint)
                            ON CONFLICT (id) DO UPDATE SET into_id = EXCLUDED.into_id, audit_seq = EXCLUDED.audit_seq
                            """, [merged.drop, merged.keep, String(firstSeq)])
                    }
                    applied.append(
                        AppliedChange(
                            change: log.change, command: change.command, records: plan.writes.map(\.key),
                            warnings: problems.filter { !$0.isError }))
                    log.nextChange()
                }
                if let log = taken { try setMeta("log_head", log.head) }
                try session.execute("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'revision'")
                return applied
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }

    /// The log's sequence after the entry `head` names (`"SEQ HASH"`).
    private func sequence(after head: String, author: ChangeAuthor) throws -> AuditSequence {
        let parts = head.split(separator: " ").map(String.init)
        guard parts.count == 2, let seq = Int64(parts[0]) else {
            return AuditSequence(author: author, lastSeq: 0, lastHash: AuditChain.genesis, lastChange: 0)
        }
        let change = try session.value("SELECT change::text FROM audit WHERE seq = $1::bigint", [String(seq)]).flatMap { Int64($0) } ?? 0
        return AuditSequence(author: author, lastSeq: seq, lastHash: parts[1], lastChange: change)
    }

    /// Writes the records of `plan` and their audit entries; gives the first entry's number.
    /// Each update and delete only where the record still has the version `versions`
    /// read; else nothing is written (`conflict`).
    private func write(_ plan: ChangePlanner.Plan, change: Change, log: inout AuditSequence, versions: PostgresLookup) throws -> Int64 {
        var first: Int64 = 0
        for write in plan.writes {
            let table = RecordTable.name(write.kind)
            switch (write.row, write.after) {
            case (nil, let after?): try insert(after)
            case (let row?, let after?):
                let version = versions.version(write.kind, row: row)
                if try update(after, row: row, version: version) == 0 { throw try conflict(write.key, table: table, row: row) }
                versions.wrote(write.kind, row: row)
            case (let row?, nil):
                let version = versions.version(write.kind, row: row)
                let deleted = try session.rows(
                    "DELETE FROM \(table) WHERE \"row\" = $1::bigint AND ($2::bigint IS NULL OR version = $2::bigint) RETURNING 1",
                    [String(row), version.map(String.init)])
                if deleted.isEmpty { throw try conflict(write.key, table: table, row: row) }
            case (nil, nil): continue
            }
            let entry = log.next(
                command: change.command, kind: write.kind.noun, record: write.key, before: write.before.map(RecordJSON.encode),
                after: write.after.map(RecordJSON.encode), source: change.source, reason: change.reason)
            try insert(entry)
            if first == 0 { first = entry.seq }
        }
        return first
    }

    private func insert(_ record: DecodedRecord) throws {
        let columns = RecordTable.columns(record.kind)
        let marks = columns.indices.map { mark(columns[$0], $0 + 1) }.joined(separator: ", ")
        _ = try session.rows(
            "INSERT INTO \(RecordTable.name(record.kind)) (\(columns.joined(separator: ", "))) VALUES (\(marks))",
            PostgresSchema.texts(record))
    }

    /// Updates the record at `row` when it still has `version` (any, for `nil`); gives how many rows changed.
    private func update(_ record: DecodedRecord, row: Int64, version: Int64?) throws -> Int {
        let columns = RecordTable.columns(record.kind)
        let sets = columns.indices.map { "\(columns[$0]) = \(mark(columns[$0], $0 + 1))" }.joined(separator: ", ")
        let n = columns.count
        return try session.rows(
            """
            UPDATE \(RecordTable.name(record.kind)) SET \(sets), version = version + 1, changed_by = current_user
            WHERE "row" = $\(n + 1)::bigint AND ($\(n + 2)::bigint IS NULL OR version = $\(n + 2)::bigint) RETURNING 1
            """, PostgresSchema.texts(record) + [String(row), version.map(String.init)]
        ).count
    }

    /// The failure when the record at `row` changed or went since it was read: who changed it, in one line.
    private func conflict(_ key: String, table: String, row: Int64) throws -> StoreError {
        let found = try session.rows("SELECT version::text, changed_by FROM \(table) WHERE \"row\" = $1::bigint", [String(row)]).first
        let again = "nothing written — run the command again"
        guard let found else { return .failed(path: file, reason: "\(key) was removed after you read it; \(again)") }
        let cells = PostgresCells(found)
        return .failed(
            path: file, reason: "\(key) was changed by \(cells.text(1) ?? "someone") (version \(cells.text(0) ?? "?")) after you read it; \(again)")
    }

    private func mark(_ column: String, _ number: Int) -> String {
        column == "\"protected\"" ? "$\(number)::boolean" : "$\(number)"
    }

    public func history(of key: String) throws(StoreError) -> [AuditEntry] {
        var keys = [key]
        keys += try session.rows("SELECT id FROM merged WHERE into_id = $1", [key]).compactMap { PostgresCells($0).text(0) }
        let marks = keys.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        return try entries("WHERE record IN (\(marks))", keys)
    }

    public func log(since: String?, by: String?) throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var values: [String] = []
        if let since {
            values.append(since)
            conditions.append("at >= $\(values.count)")
        }
        if let by {
            values.append(by)
            conditions.append("\"by\" = $\(values.count)")
        }
        return try entries(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), values)
    }

    public func verifyLog() throws(StoreError) -> [Problem] {
        let head = try session.value("SELECT value FROM meta WHERE key = 'log_head'")
        return AuditChain.problems(entries: try entries("", []), head: head, file: file)
    }

    private func entries(_ filter: String, _ values: [String]) throws(StoreError) -> [AuditEntry] {
        let sql = """
            SELECT seq::text AS seq_text, change::text AS change_text, at, "by", command, kind, record, before, after, source, reason, hash
            FROM audit \(filter) ORDER BY seq
            """
        return try session.rows(sql, values).map { row in
            let cells = PostgresCells(row)
            return AuditEntry(
                seq: cells.int(0), change: cells.int(1), at: cells.text(2) ?? "", by: cells.text(3) ?? "",
                command: cells.text(4) ?? "", kind: cells.text(5) ?? "", record: cells.text(6) ?? "", before: cells.text(7),
                after: cells.text(8), source: cells.text(9), reason: cells.text(10), hash: cells.text(11) ?? "")
        }
    }
}
