import KinGraphStore
import NIOCore

/// One chunk of a table as `PostgresSchema.chunk` gives it: a two-dimensional
/// `text[]` in PostgreSQL's binary array format (rows × columns, `"row"` first),
/// indexed once so that each cell is read in place, with no message or value per row.
struct PostgresChunk {
    /// The rows in the chunk.
    let rows: Int
    /// The cells a row (`"row"` and the record's columns).
    let columns: Int
    /// Each row's `"row"`.
    let numbers: [Int64]
    private let buffer: ByteBuffer
    /// Each cell's offset in `buffer` and its length (-1 for NULL), row after row.
    private let cells: [(offset: Int32, length: Int32)]
    /// The rows in `"row"` order (`nil` when they came so, as they do).
    private var order: [Int]?

    /// Indexes `buffer`, the array's binary form.
    ///
    /// - Throws: `StoreError.failed` when it is not a two-dimensional array of `columns`
    ///   cells a row, or a `"row"` is not a number.
    init(_ buffer: ByteBuffer, columns: Int, place: String) throws(StoreError) {
        self.buffer = buffer
        self.columns = columns
        let found = buffer.withUnsafeReadableBytes { bytes in Self.index(bytes, columns: columns) }
        guard let found else {
            throw .failed(path: place, reason: "the server's answer is not a table of \(columns) columns")
        }
        let rows = found.count / columns
        var numbers: [Int64] = []
        numbers.reserveCapacity(rows)
        buffer.withUnsafeReadableBytes { bytes in
            for row in 0..<rows {
                numbers.append(Self.number(bytes, found[row * columns]))
            }
        }
        self.rows = rows
        self.cells = found
        self.numbers = numbers
        if zip(numbers, numbers.dropFirst()).contains(where: { $0 >= $1 }) {
            order = numbers.indices.sorted { numbers[$0] < numbers[$1] }
        }
    }

    /// Calls `body` with each row's cells, in `"row"` order.
    func forEachRow(_ body: (BufferCells) -> Void) {
        buffer.withUnsafeReadableBytes { bytes in
            cells.withUnsafeBufferPointer { cells in
                for index in 0..<rows {
                    let row = order?[index] ?? index
                    body(BufferCells(bytes: bytes, cells: cells, start: row * columns, number: numbers[row]))
                }
            }
        }
    }

    /// The cells of a binary `text[]` of two dimensions, the inner one `columns`; `nil`
    /// for any other shape or a length past the end.
    private static func index(_ bytes: UnsafeRawBufferPointer, columns: Int) -> [(offset: Int32, length: Int32)]? {
        var at = 0
        func int32() -> Int32? {
            guard at + 4 <= bytes.count else { return nil }
            let value = Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: at, as: Int32.self))
            at += 4
            return value
        }
        guard let dimensions = int32(), dimensions == 2, int32() != nil, int32() != nil,
            let rows = int32(), int32() != nil, let width = int32(), width == columns, int32() != nil, rows >= 0
        else { return nil }
        var cells: [(offset: Int32, length: Int32)] = []
        cells.reserveCapacity(Int(rows) * columns)
        for _ in 0..<(Int(rows) * columns) {
            guard let length = int32() else { return nil }
            cells.append((Int32(at), length))
            if length > 0 {
                guard at + Int(length) <= bytes.count else { return nil }
                at += Int(length)
            }
        }
        return cells
    }

    /// A cell's decimal number (0 for NULL or not a number).
    fileprivate static func number(_ bytes: UnsafeRawBufferPointer, _ cell: (offset: Int32, length: Int32)) -> Int64 {
        BufferCells.decimal(bytes, offset: Int(cell.offset), length: Int(cell.length))
    }
}
