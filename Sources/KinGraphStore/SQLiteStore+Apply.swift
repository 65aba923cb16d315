import Foundation
import GRDB
import KinGraphCore
import KinGraphFormats

extension SQLiteStore {
    /// Applies `changes` in one immediate transaction (the writer lock is taken at
    /// once, so a second writer waits `busyTimeout`, then gets `.locked`). Each change
    /// is planned, validated on its neighbourhood and written with its audit entries;
    /// the first refusal rolls everything back.
    ///
    /// - Complexity: O(records around each change), on indexes; not the archive's size.
    public func apply(_ changes: [Change], author: ChangeAuthor) throws(StoreError) -> [AppliedChange] {
        let file = (path as NSString).lastPathComponent
        return try access { db in
            var applied: [AppliedChange] = []
            try db.inTransaction(.immediate) {
                let queries = try StoreQueries(db)
                let planner = ChangePlanner(queries: queries, file: file)
                var log = try AuditWriter(db, author: author)
                for (index, change) in changes.enumerated() {
                    let number = changes.count > 1 ? index + 1 : 0
                    let plan = try planner.plan(change, number: number)
                    var neighborhood = Neighborhood(queries: queries, writes: plan.writes)
                    let problems = try neighborhood.problems(file: file)
                    if problems.contains(where: \.isError) {
                        throw StoreError.refused(change: number, command: change.command, problems: problems)
                    }
                    let firstSeq = try write(plan, change: change, log: &log, db)
                    if let merged = plan.merged {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO merged (id, into_id, audit_seq) VALUES (?, ?, ?)",
                            arguments: [merged.drop, merged.keep, firstSeq])
                    }
                    applied.append(
                        AppliedChange(
                            change: log.change, command: change.command, records: plan.writes.map(\.key),
                            warnings: problems.filter { !$0.isError }))
                    log.nextChange()
                }
                try log.finish()
                try Meta.bumpRevision(db)
                return .commit
            }
            return applied
        }
    }

    /// Writes the records of `plan` and their audit entries; gives the first entry's number.
    private func write(_ plan: ChangePlanner.Plan, change: Change, log: inout AuditWriter, _ db: Database) throws -> Int64 {
        var first: Int64 = 0
        for write in plan.writes {
            switch (write.row, write.after) {
            case (nil, let after?): _ = try RecordTable.insert(after, db)
            case (let row?, let after?): try RecordTable.update(after, row: row, db)
            case (let row?, nil): try RecordTable.delete(write.kind, row: row, db)
            case (nil, nil): continue
            }
            try log.append(
                command: change.command, kind: write.kind.noun, record: write.key, before: write.before.map(RecordJSON.encode),
                after: write.after.map(RecordJSON.encode), source: change.source, reason: change.reason)
            if first == 0 { first = log.lastSeq }
        }
        return first
    }

    public func history(of key: String) throws(StoreError) -> [AuditEntry] {
        try read { db in
            var keys = [key]
            keys += try String.fetchAll(db, sql: "SELECT id FROM merged WHERE into_id = ?", arguments: [key])
            return try AuditLog.entries(records: keys, db)
        }
    }

    public func log(since: String?, by: String?) throws(StoreError) -> [AuditEntry] {
        try read { db in try AuditLog.entries(since: since, by: by, db) }
    }

    public func verifyLog() throws(StoreError) -> [Problem] {
        let file = (path as NSString).lastPathComponent
        return try read { db in try AuditLog.verify(db, file: file) }
    }

    /// The result of SQLite's own check of the file (`PRAGMA quick_check`): `[]`
    /// when sound.
    public func checkFile() throws(StoreError) -> [String] {
        try read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA quick_check")
            return lines == ["ok"] ? [] : lines
        }
    }
}
