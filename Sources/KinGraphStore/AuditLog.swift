import GRDB
import KinGraphCore

/// Reads the audit log and checks its hash chain.
enum AuditLog {
    private static let columns = "seq, change, at, \"by\", command, kind, record, before, after, source, reason, hash"

    /// The entries of the records `keys` names, oldest first.
    static func entries(records keys: [String], _ db: Database) throws -> [AuditEntry] {
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        return try fetch(db, "SELECT \(columns) FROM audit WHERE record IN (\(marks)) ORDER BY seq", StatementArguments(keys))
    }

    /// Every entry made on or after `since` (a UTC date or time prefix such as
    /// `2026-03-01`) by `by`, oldest first.
    static func entries(since: String?, by: String?, _ db: Database) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible] = []
        if let since {
            conditions.append("at >= ?")
            arguments.append(since)
        }
        if let by {
            conditions.append("\"by\" = ?")
            arguments.append(by)
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try fetch(db, "SELECT \(columns) FROM audit\(filter) ORDER BY seq", StatementArguments(arguments))
    }

    private static func fetch(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            AuditEntry(
                seq: row["seq"], change: row["change"], at: row["at"], by: row["by"], command: row["command"],
                kind: row["kind"], record: row["record"], before: row["before"], after: row["after"],
                source: row["source"], reason: row["reason"], hash: row["hash"])
        }
    }

    /// What is wrong with the chain: entries missing or edited since KinGraph wrote
    /// them. `[]` for an intact log. Problems name `file:audit` and the entry.
    ///
    /// - Complexity: O(size of the log).
    static func verify(_ db: Database, file: String) throws -> [Problem] {
        AuditChain.problems(entries: try fetch(db, "SELECT \(columns) FROM audit ORDER BY seq", []), head: try Meta.value("log_head", db), file: file)
    }
}
