/// A CSV table as the archive's CSV files are written (UTF-8 with a byte-order mark,
/// CRLF line ends, quotes only where needed), for exports that are one table.
///
///     var table = CSVSheet(header: ["person", "testimony"])
///     table.append(["P-1", "1"])
///     table.bytes   // what to write
public struct CSVSheet: Sendable {
    public private(set) var bytes: [UInt8]

    /// - Parameter byteOrderMark: `true` for spreadsheets (hangul then reads right);
    ///   `false` for programs that take a BOM for part of the first column's name.
    public init(header: [String], byteOrderMark: Bool = true) {
        bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        append(header)
    }

    /// Adds one row of cells.
    public mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVFolderWriter.appendCell(cell, to: &bytes)
        }
        bytes += [0x0D, 0x0A]
    }
}
