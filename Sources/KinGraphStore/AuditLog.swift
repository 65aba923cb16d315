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
        var problems: [Problem] = []
        func report(_ seq: Int64?, _ message: String) {
            problems.append(
                Problem(.error, place: "\(file):audit", recordID: seq.map { "entry \($0)" }, message: message, field: nil))
        }
        let prefix = "the audit log was changed outside KinGraph: "
        var expected: Int64 = 1
        var previous = AuditChain.genesis
        for entry in try fetch(db, "SELECT \(columns) FROM audit ORDER BY seq", []) {
            if entry.seq != expected {
                let range = entry.seq - 1 == expected ? "entry \(expected) is" : "entries \(expected)–\(entry.seq - 1) are"
                report(entry.seq, prefix + "\(range) missing (deleted)")
            } else if AuditChain.hash(entry, previous: previous) != entry.hash {
                report(entry.seq, prefix + "entry \(entry.seq) was edited (its hash does not match its content and the entry before it)")
            }
            previous = entry.hash
            expected = entry.seq + 1
        }
        let last = expected - 1
        if let head = try Meta.value("log_head", db) {
            let parts = head.split(separator: " ").map(String.init)
            if parts.count == 2, let seq = Int64(parts[0]) {
                if seq > last {
                    report(nil, prefix + "the log ends at entry \(last), but KinGraph last wrote entry \(seq): the last entries were deleted")
                } else if seq == last && parts[1] != previous {
                    report(seq, prefix + "entry \(seq) was edited (it is not the entry KinGraph last wrote)")
                } else if seq < last {
                    report(seq + 1, prefix + "entries after \(seq) were not written by KinGraph")
                }
            } else {
                report(nil, prefix + "the log's head in meta is damaged")
            }
        } else if last > 0 {
            report(nil, prefix + "the log's head in meta was deleted")
        }
        return problems
    }
}
