/// Columns of text aligned for a terminal: a header row, then one row per record.
///
///     var table = TextTable(["PERSON", "NAME"])
///     table.add(["P-0001", "Kim Chol-su"])
///     print(table.text, terminator: "")
struct TextTable {
    let header: [String]
    private(set) var rows: [[String]] = []
    /// Columns whose cells are aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    init(_ header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Adds a row; each cell is made safe for a terminal (one line, no control characters).
    mutating func add(_ row: [String]) { rows.append(row.map { $0.terminalSafe() }) }

    /// The table, each line ending in a newline; no trailing spaces.
    var text: String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
        }
        return all.map { row in
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - Self.width(cell))
                let aligned = rightAligned.contains(i) ? pad + cell : cell + pad
                line += (i == 0 ? "" : "  ") + aligned
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// Columns `text` takes on a terminal: hangul and other wide characters take two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6:
                return total + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                return total
            default:
                return total + 1
            }
        }
    }
}
