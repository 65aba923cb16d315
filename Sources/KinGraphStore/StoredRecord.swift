import KinGraphCore
import KinGraphFormats

/// A record as it is in its table: its row and its values.
struct StoredRecord: Hashable {
    var row: Int64
    var record: DecodedRecord

    var kind: RecordKind { record.kind }
    var slot: RowSlot { RowSlot(kind: kind, row: row) }
}

/// One row of one table.
struct RowSlot: Hashable, Comparable {
    var kind: RecordKind
    var row: Int64

    static func < (a: Self, b: Self) -> Bool { (a.kind.rawValue, a.row) < (b.kind.rawValue, b.row) }
}

/// One record written by a change: added (`before == nil`), removed
/// (`after == nil`) or replaced.
struct RecordWrite: Hashable {
    /// The row, `nil` for a record not yet added.
    var row: Int64?
    var before: DecodedRecord?
    var after: DecodedRecord?

    var kind: RecordKind { (after ?? before)?.kind ?? .source }
    var key: String { (after ?? before)?.key ?? "" }
}
