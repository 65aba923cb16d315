import KinGraphFormats
import KinGraphStore
import NIOCore

/// One chunk of a table as `PostgresSchema` gives it, indexed once so that each cell
/// is read in place, with no message or value per row: one text of rows joined by
/// U+001E, cells by U+001F (`PostgresSchema.rowChunk`), one text a column, its cells
/// joined by U+001F (`PostgresSchema.columnChunk`, when the user may not read
/// `load_text`), or a two-dimensional `text[]` in PostgreSQL's binary array format
/// (`PostgresSchema.chunk`, for the rare chunk whose values hold a delimiter);
/// rows × columns, `"row"` first.
struct PostgresChunk {
    /// The rows in the chunk.
    let rows: Int
    /// The cells a row (`"row"` and the record's columns).
    let columns: Int
    /// Each row's `"row"`.
    let numbers: [Int64]
    private let buffer: ByteBuffer
    /// Each cell's offset in `buffer` and its length (-1 for NULL), row after row, or
    /// column after column when `byColumn`.
    private let cells: [(offset: Int32, length: Int32)]
    private let byColumn: Bool
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
        self.init(buffer, cells: found, columns: columns, byColumn: false)
    }

    /// Indexes `buffer`, `count` rows of `columns` cells each, rows joined by U+001E
    /// and cells by U+001F (`PostgresSchema.rowChunk`); `nil` when it splits otherwise
    /// (a value holds either): the caller then reads the chunk as an array.
    init?(delimited buffer: ByteBuffer, count: Int, columns: Int) {
        guard count > 0, columns > 0 else { return nil }
        var found = [(offset: Int32, length: Int32)](repeating: (0, 0), count: count * columns)
        let fits = buffer.withUnsafeReadableBytes { bytes in
            found.withUnsafeMutableBufferPointer { cells in Self.split(rows: bytes, columns: columns, into: cells) }
        }
        guard fits else { return nil }
        self.init(buffer, cells: found, columns: columns, byColumn: false)
    }

    /// Indexes `texts`, one a column, each holding `count` cells joined by U+001F;
    /// `nil` when one splits otherwise (a value holds U+001F): the caller then reads
    /// the chunk as an array. The texts are copied into one buffer, one after another.
    init?(columns texts: [ByteBuffer?], count: Int) {
        guard count > 0, !texts.isEmpty else { return nil }
        var joined = ByteBufferAllocator().buffer(capacity: texts.reduce(0) { $0 + ($1?.readableBytes ?? 0) })
        var found = [(offset: Int32, length: Int32)](repeating: (0, 0), count: count * texts.count)
        for (column, text) in texts.enumerated() {
            let base = joined.writerIndex
            if let text { joined.writeImmutableBuffer(text) }
            let fits = joined.withUnsafeReadableBytes { bytes in
                found.withUnsafeMutableBufferPointer { cells in
                    Self.split(
                        UnsafeRawBufferPointer(rebasing: bytes[base...]), base: base, count: count, column: column,
                        into: cells)
                }
            }
            guard fits else { return nil }
        }
        self.init(joined, cells: found, columns: texts.count, byColumn: true)
    }

    private init(_ buffer: ByteBuffer, cells found: [(offset: Int32, length: Int32)], columns: Int, byColumn: Bool) {
        self.buffer = buffer
        self.columns = columns
        self.byColumn = byColumn
        let rows = found.count / columns
        var numbers: [Int64] = []
        numbers.reserveCapacity(rows)
        buffer.withUnsafeReadableBytes { bytes in
            for row in 0..<rows {
                let cell = found[byColumn ? row : row * columns]
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
                    body(
                        byColumn
                            ? BufferCells(bytes: bytes, cells: cells, start: row, stride: rows, number: numbers[row])
                            : BufferCells(bytes: bytes, cells: cells, start: row * columns, number: numbers[row]))
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

    /// Writes the cells of `text`, rows joined by U+001E and cells by U+001F, into
    /// `cells` row after row; `false` unless every row has `columns` cells and there
    /// are as many rows as `cells` holds.
    ///
    /// - Complexity: O(length of `text`), eight bytes a step between delimiters.
    private static func split(
        rows text: UnsafeRawBufferPointer, columns: Int, into cells: UnsafeMutableBufferPointer<(offset: Int32, length: Int32)>
    ) -> Bool {
        guard text.count < Int(Int32.max) else { return false }
        let end = text.count
        var index = 0
        var inRow = 0
        var start = 0
        while true {
            let delimiter = ByteSearch.first(0x1E, 0x1F, 0x1F, in: text, from: start)
            guard index < cells.count, inRow < columns else { return false }
            cells[index] = (Int32(start), Int32(delimiter - start))
            index += 1
            inRow += 1
            guard delimiter < end else { break }
            if text[delimiter] == 0x1E {
                guard inRow == columns else { return false }
                inRow = 0
            }
            start = delimiter + 1
        }
        return inRow == columns && index == cells.count
    }

    /// Writes the `count` cells of `text` (joined by U+001F) as the cells of `column`
    /// in `cells` (column after column), at offsets from `base`; `false` when `text`
    /// holds another count of cells or is too long to index.
    ///
    /// - Complexity: O(length of `text`), eight bytes a step between delimiters.
    private static func split(
        _ text: UnsafeRawBufferPointer, base: Int, count: Int, column: Int,
        into cells: UnsafeMutableBufferPointer<(offset: Int32, length: Int32)>
    ) -> Bool {
        guard base + text.count < Int(Int32.max) else { return false }
        let end = text.count
        var row = 0
        var start = 0
        while true {
            let delimiter = ByteSearch.first(0x1F, 0x1F, 0x1F, in: text, from: start)
            // The last cell ends at the end of the text.
            guard row < count else { return false }
            cells[column * count + row] = (Int32(base + start), Int32(delimiter - start))
            row += 1
            guard delimiter < end else { break }
            start = delimiter + 1
        }
        return row == count
    }
}
