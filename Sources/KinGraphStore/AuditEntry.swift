/// One row of the audit log: one record changed by one change.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// Position in the log, from 1, without gaps.
    public var seq: Int64
    /// The change the entry belongs to (a merge changes several records).
    public var change: Int64
    /// When, in UTC: `2026-03-01T09:30:00Z`.
    public var at: String
    /// Who (`--by`, `KINGRAPH_USER` or the login name).
    public var by: String
    /// The change as a command line: `edit P-0042 --set status=detained`.
    public var command: String
    /// The record's kind (`person`, …; `archive` for init and imports).
    public var kind: String
    /// The record's key (`P-0042`, `P-0001/parent/P-0002`).
    public var record: String
    /// The record's fields before, as JSON; `nil` when it was added.
    public var before: String?
    /// The record's fields after, as JSON; `nil` when it was removed.
    public var after: String?
    /// The source that justifies the change.
    public var source: String?
    /// Why, in the author's words.
    public var reason: String?
    /// The chain hash of this entry.
    public var hash: String

    public init(
        seq: Int64, change: Int64, at: String, by: String, command: String, kind: String, record: String,
        before: String?, after: String?, source: String?, reason: String?, hash: String
    ) {
        self.seq = seq
        self.change = change
        self.at = at
        self.by = by
        self.command = command
        self.kind = kind
        self.record = record
        self.before = before
        self.after = after
        self.source = source
        self.reason = reason
        self.hash = hash
    }
}
