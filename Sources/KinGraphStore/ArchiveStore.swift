import KinGraphCore
import KinGraphFormats

/// A working archive that investigators edit: records, the changes made to them
/// and who made them. `SQLiteStore` is the first engine; another (PostgreSQL) takes
/// the same changes, audit log and checks.
public protocol ArchiveStore: Sendable {
    /// Where the archive is (a file, a connection string).
    var path: String { get }

    /// Every record, validated, as one committed state.
    func load() throws(StoreError) -> LoadedArchive

    /// Applies `changes` in one transaction, each validated on the records it
    /// touches; all or nothing. Each record written gets an audit entry by `author`.
    func apply(_ changes: [Change], author: ChangeAuthor) throws(StoreError) -> [AppliedChange]

    /// The audit entries of record `key` (and of ids merged into it), oldest first.
    func history(of key: String) throws(StoreError) -> [AuditEntry]

    /// The audit entries made on or after `since` (a UTC date such as
    /// `2026-03-01`) by `by`, oldest first.
    func log(since: String?, by: String?) throws(StoreError) -> [AuditEntry]

    /// What is wrong with the audit log's hash chain: `[]` when intact.
    func verifyLog() throws(StoreError) -> [Problem]
}

/// What one applied change did.
public struct AppliedChange: Sendable, Hashable {
    /// Its number in the audit log.
    public var change: Int64
    /// The change as a command line.
    public var command: String
    /// The records written, by key, in order: the first is the record named (for
    /// an add, the new record with its assigned id).
    public var records: [String]
    /// Warnings the change raised (a cause dated after its effect, …).
    public var warnings: [Problem]

    package init(change: Int64, command: String, records: [String], warnings: [Problem]) {
        self.change = change
        self.command = command
        self.records = records
        self.warnings = warnings
    }
}
