import KinGraphCore
import KinGraphFormats

/// What planning and validating a change asks of an engine: records by id or key,
/// the records that refer to one, and a few facts of the archive, each answered on
/// an index inside the change's transaction. `StoreQueries` answers for SQLite;
/// another engine (PostgreSQL) answers the same questions, and `ChangePlanner`,
/// `Neighbourhood` and `PersonMerge` work unchanged on top.
package protocol RecordLookup: AnyObject {
    /// The records of `kind` with `id` (at most one in a valid archive).
    func records(_ kind: RecordKind, id: String) throws -> [StoredRecord]
    /// The record `key` names (`RecordKey`), the first of equal ones.
    func resolve(_ key: String) throws -> StoredRecord?
    /// The records that refer to `record`.
    func referrers(_ record: DecodedRecord) throws -> [StoredRecord]
    /// The links leaving event `id`.
    func effects(of id: String) throws -> [StoredRecord]
    /// The person `id` was merged into, if it was.
    func mergedInto(_ id: String) throws -> String?
    /// The id of the last record of `kind` whose id starts with `prefix`.
    func lastID(_ kind: RecordKind, prefix: String) throws -> String?
}

extension RecordLookup {
    /// The source, person or event with `id`.
    package func record(_ kind: RecordKind, id: String) throws -> StoredRecord? {
        try records(kind, id: id).first
    }
}
