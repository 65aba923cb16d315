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

/// One row of cells held in a buffer as offsets and lengths (PostgreSQL's bulk
/// read gives them so), read in place. Defined here, beside `RowDecoder`, so that
/// decoding these rows is specialised: from another module the generic decoder
/// would look up type metadata on every cell.
package struct BufferCells: RowCells {
    private let bytes: UnsafeRawBufferPointer
    private let cells: UnsafeBufferPointer<(offset: Int32, length: Int32)>
    private let start: Int
    private let stride: Int
    private let number: Int64

    /// The row whose first cell is `cells[start]` and whose column `c` is
    /// `cells[start + c * stride]` (1 when the cells are stored row after row, the
    /// number of rows when column after column); `number` is its `"row"` (column 0).
    package init(
        bytes: UnsafeRawBufferPointer, cells: UnsafeBufferPointer<(offset: Int32, length: Int32)>, start: Int,
        stride: Int = 1, number: Int64
    ) {
        self.bytes = bytes
        self.cells = cells
        self.start = start
        self.stride = stride
        self.number = number
    }

    package func int(_ column: Int32) -> Int64 {
        guard column != 0 else { return number }
        let cell = cells[start + Int(column) * stride]
        return Self.decimal(bytes, offset: Int(cell.offset), length: Int(cell.length))
    }

    package func text(_ column: Int32) -> String? {
        withBytes(column) { String(decoding: $0, as: UTF8.self) }
    }

    package func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        let cell = cells[start + Int(column) * stride]
        guard cell.length > 0 else { return nil }
        return body(UnsafeRawBufferPointer(rebasing: bytes[Int(cell.offset)..<Int(cell.offset + cell.length)]))
    }

    /// The decimal number in `length` bytes at `offset` (0 when empty or not a number).
    package static func decimal(_ bytes: UnsafeRawBufferPointer, offset: Int, length: Int) -> Int64 {
        guard length > 0 else { return 0 }
        var value: Int64 = 0
        var negative = false
        for index in offset..<(offset + length) {
            let byte = bytes[index]
            if index == offset && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return 0 }
            value = value &* 10 &+ Int64(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }
}
