/// One row's columns as an engine gives them: what `RowDecoder` reads records
/// from. `RawStatement` is SQLite's; PostgreSQL's rows give the same.
package protocol RowCells {
    /// The column's value as a whole number (`row`, `protected`).
    func int(_ column: Int32) -> Int64
    /// The column's text, `nil` when NULL or empty.
    func text(_ column: Int32) -> String?
    /// Calls `body` with the column's UTF-8 bytes; `nil` when NULL or empty.
    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R?
}

extension RawStatement: RowCells {}
