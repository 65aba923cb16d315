/// A bounded map from byte strings to values, for stores reading many records:
/// a value made once per distinct text and shared (see `ByteKeyedTable`).
///
///     var lists = SharedByBytes<[String]?>(limit: 1 << 17)
///     let sources = lists.value(for: bytes) { ListText.decode($0) }
package struct SharedByBytes<Value> {
    private var table: ByteKeyedTable<Value>

    package init(limit: Int) { table = ByteKeyedTable(limit: limit) }

    /// The value stored for `bytes`, or the one `make` gives (kept when there is room).
    ///
    /// - Complexity: O(length of `bytes`) expected.
    package mutating func value(for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> Value) -> Value {
        table.value(for: bytes, make: make)
    }
}
