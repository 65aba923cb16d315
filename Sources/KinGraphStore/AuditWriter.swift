import GRDB

/// Appends entries to the audit log inside the transaction of the change they
/// record. Each entry's hash covers the previous entry's hash and every column of
/// its own, so an entry deleted or edited outside KinGraph breaks the chain; the
/// chain's head (last sequence number and hash) is kept in `meta` too.
struct AuditWriter {
    private let db: Database
    private var sequence: AuditSequence
    var author: ChangeAuthor { sequence.author }
    /// The number of the entry appended last.
    var lastSeq: Int64 { sequence.lastSeq }
    /// The change number of the entries being appended.
    var change: Int64 { sequence.change }

    init(_ db: Database, author: ChangeAuthor) throws {
        self.db = db
        let row = try Row.fetchOne(db, sql: "SELECT seq, hash, change FROM audit ORDER BY seq DESC LIMIT 1")
        sequence = AuditSequence(author: author, lastSeq: row?["seq"] ?? 0, lastHash: row?["hash"] ?? AuditChain.genesis, lastChange: row?["change"] ?? 0)
    }

    /// Starts the entries of the next change.
    mutating func nextChange() { sequence.nextChange() }

    /// Appends one entry; `before`/`after` are the record's JSON (nil when it did
    /// not exist, or no longer does).
    mutating func append(
        command: String, kind: String, record: String, before: String?, after: String?, source: String?, reason: String?
    ) throws {
        let entry = sequence.next(command: command, kind: kind, record: record, before: before, after: after, source: source, reason: reason)
        try db.cachedStatement(
            sql: """
                INSERT INTO audit (seq, change, at, "by", command, kind, record, before, after, source, reason, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            entry.seq, entry.change, entry.at, entry.by, entry.command, entry.kind, entry.record, entry.before, entry.after,
            entry.source, entry.reason, entry.hash,
        ])
    }

    /// Records the chain's new head; call once, before the transaction commits.
    func finish() throws {
        try Meta.set("log_head", sequence.head, db)
    }
}

/// The entries a writer appends, numbered and chained: any engine stores them
/// as they come, then keeps `head` as the chain's head.
package struct AuditSequence {
    package let author: ChangeAuthor
    /// The number of the entry made last.
    package private(set) var lastSeq: Int64
    private var lastHash: String
    /// The change number of the entries being made.
    package private(set) var change: Int64

    /// Continues the log whose last entry is `lastSeq` with `lastHash`, in change `lastChange`.
    package init(author: ChangeAuthor, lastSeq: Int64, lastHash: String, lastChange: Int64) {
        self.author = author
        self.lastSeq = lastSeq
        self.lastHash = lastHash
        change = lastChange + 1
    }

    /// Starts the entries of the next change.
    package mutating func nextChange() { change += 1 }

    /// `"SEQ HASH"`: the head kept in `meta.log_head`.
    package var head: String { "\(lastSeq) \(lastHash)" }

    /// The next entry, hashed onto the one before.
    package mutating func next(
        command: String, kind: String, record: String, before: String?, after: String?, source: String?, reason: String?
    ) -> AuditEntry {
        var entry = AuditEntry(
            seq: lastSeq + 1, change: change, at: author.at, by: author.name, command: command, kind: kind,
            record: record, before: before, after: after, source: source, reason: reason, hash: "")
        entry.hash = AuditChain.hash(entry, previous: lastHash)
        lastSeq = entry.seq
        lastHash = entry.hash
        return entry
    }
}

/// The hash chain over the audit log.
package enum AuditChain {
    /// The "previous hash" of the first entry.
    package static let genesis = String(repeating: "0", count: 64)

    /// SHA-256 over the previous hash and the entry's columns, each tagged and
    /// length-prefixed so no two entries give the same bytes.
    package static func hash(_ entry: AuditEntry, previous: String) -> String {
        var bytes: [UInt8] = Array("kingraph-audit/1\n".utf8)
        func add(_ name: String, _ value: String?) {
            bytes += Array(name.utf8)
            if let value {
                let utf8 = Array(value.utf8)
                bytes += Array("=\(utf8.count):".utf8) + utf8
            } else {
                bytes += Array("=null".utf8)
            }
            bytes.append(0x0A)
        }
        add("previous", previous)
        add("seq", String(entry.seq))
        add("change", String(entry.change))
        add("at", entry.at)
        add("by", entry.by)
        add("command", entry.command)
        add("kind", entry.kind)
        add("record", entry.record)
        add("before", entry.before)
        add("after", entry.after)
        add("source", entry.source)
        add("reason", entry.reason)
        return SHA256.hex(bytes)
    }
}
