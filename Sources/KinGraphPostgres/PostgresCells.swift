import KinGraphStore
import NIOCore
import PostgresNIO

/// A row of `PostgresSchema.select` (every column as text) as `RowDecoder` reads it.
struct PostgresCells: RowCells {
    private var cells: [ByteBuffer?] = []

    init(_ row: PostgresRow) {
        cells.reserveCapacity(13)
        for cell in row { cells.append(cell.bytes) }
    }

    func int(_ column: Int32) -> Int64 { text(column).flatMap { Int64($0) } ?? 0 }

    func text(_ column: Int32) -> String? {
        guard let buffer = cells[Int(column)], buffer.readableBytes > 0 else { return nil }
        return String(buffer: buffer)
    }

    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let buffer = cells[Int(column)], buffer.readableBytes > 0 else { return nil }
        return buffer.withUnsafeReadableBytes(body)
    }
}
