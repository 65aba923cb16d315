import KinGraphStore
import NIOCore

/// One chunk of a table as `PostgresSchema` gives it, indexed once so that each cell
/// is read in place, with no message or value per row: either delimited text (rows
/// ended by U+001E, cells by U+001F: `PostgresSchema.delimitedChunk`) or a
/// two-dimensional `text[]` in PostgreSQL's binary array format (`PostgresSchema.chunk`,
/// for the rare chunk whose values hold those two characters); rows × columns,
/// `"row"` first.
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
    /// The rows in `"row"` order (`nil` when they came so, as they mostly do).
    private var order: [Int]?

    /// Indexes `buffer`, the array's binary form.
    ///
    /// - Throws: `StoreError.failed` when it is not a two-dimensional array of `columns`
    ///   cells a row.
    init(_ buffer: ByteBuffer, columns: Int, place: String) throws(StoreError) {
        let found = buffer.withUnsafeReadableBytes { bytes in Self.index(bytes, columns: columns) }
        guard let found else {
            throw .failed(path: place, reason: "the server's answer is not a table of \(columns) columns")
        }
        self.init(buffer, cells: found, columns: columns)
    }

    /// Indexes `buffer`, delimited text of `count` rows of `columns` cells each; `nil`
    /// when it splits otherwise (a value holds U+001E or U+001F): the caller then reads
    /// the chunk as an array.
    init?(delimited buffer: ByteBuffer, count: Int, columns: Int) {
        let found = buffer.withUnsafeReadableBytes { bytes in Self.split(bytes, count: count, columns: columns) }
        guard let found else { return nil }
        self.init(buffer, cells: found, columns: columns)
    }

    private init(_ buffer: ByteBuffer, cells found: [(offset: Int32, length: Int32)], columns: Int) {
        self.buffer = buffer
        self.columns = columns
        let rows = found.count / columns
        var numbers: [Int64] = []
        numbers.reserveCapacity(rows)
        buffer.withUnsafeReadableBytes { bytes in
            for row in 0..<rows {
                let cell = found[row * columns]
                numbers.append(BufferCells.decimal(bytes, offset: Int(cell.offset), length: Int(cell.length)))
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

    /// The cells of `count` rows of `columns` cells, rows ended by U+001E (the last
    /// not), cells by U+001F; `nil` for any other count of rows or cells.
    private static func split(_ bytes: UnsafeRawBufferPointer, count: Int, columns: Int) -> [(offset: Int32, length: Int32)]? {
        guard count > 0, bytes.count < Int(Int32.max) else { return nil }
        var cells: [(offset: Int32, length: Int32)] = []
        cells.reserveCapacity(count * columns)
        var start = 0
        var inRow = 0
        let end = bytes.count
        var at = 0
        while at <= end {
            // Past the last byte the row ends; U+001E and U+001F are the only bytes
            // 0x1E...0x1F.
            let byte = at < end ? bytes[at] : 0x1E
            if byte &- 0x1E > 1 {
                at += 1
                continue
            }
            cells.append((Int32(start), Int32(at - start)))
            inRow += 1
            at += 1
            start = at
            if byte == 0x1E {
                guard inRow == columns, cells.count <= count * columns else { return nil }
                inRow = 0
            } else if inRow >= columns {
                return nil
            }
        }
        return cells.count == count * columns ? cells : nil
    }
}
