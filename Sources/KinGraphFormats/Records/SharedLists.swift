/// A bounded map from list texts to their decoded lists, for stores reading many
/// records: each list made once per distinct text and shared (see `ByteKeyedTable`).
/// Not generic, so that the table is compiled for its one value type here: used
/// generically from another module it copied every value through witness tables.
///
///     var lists = SharedLists(limit: 1 << 17)
///     let sources = lists.value(for: bytes) { ListText.decode($0) }
package struct SharedLists {
    private var table: ByteKeyedTable<[String]?>

    package init(limit: Int) { table = ByteKeyedTable(limit: limit) }

    /// The list stored for `bytes`, or the one `make` gives (kept when there is room);
    /// `nil` when the text is not a list.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    package mutating func value(for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> [String]?) -> [String]? {
        table.value(for: bytes, make: make)
    }
}
