import KinGraphCore
import KinGraphFormats

/// A record as it is in its table: its row and its values.
package struct StoredRecord: Hashable {
    package var row: Int64
    package var record: DecodedRecord

    package init(row: Int64, record: DecodedRecord) {
        self.row = row
        self.record = record
    }

    package var kind: RecordKind { record.kind }
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
package struct RecordWrite: Hashable {
    /// The row, `nil` for a record not yet added.
    package var row: Int64?
    package var before: DecodedRecord?
    package var after: DecodedRecord?

    package var kind: RecordKind { (after ?? before)?.kind ?? .source }
    package var key: String { (after ?? before)?.key ?? "" }
}
