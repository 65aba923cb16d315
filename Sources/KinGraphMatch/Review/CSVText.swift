import Foundation

/// RFC 4180 text split into rows of cells, each row with the line it starts on,
/// as a spreadsheet saves it: quoted cells with doubled quotes and line breaks,
/// CRLF or LF, a UTF-8 byte-order mark ignored.
enum CSVText {
    struct Row: Sendable, Equatable {
        var line: Int
        var cells: [String]
    }

    /// The rows of `text`; blank lines are skipped.
    ///
    /// - Throws: the line of a quoted cell that never ends.
    /// - Complexity: O(text).
    static func rows(_ text: String) throws(ReviewError.Problem) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1, rowLine = 1
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRow() {
            cells.append(String(cell))
            if !(cells.count == 1 && cells[0].isEmpty && !wasQuoted) { rows.append(Row(line: rowLine, cells: cells)) }
            cells = []
            cell = String.UnicodeScalarView()
            wasQuoted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    cell.append(c)
                }
            } else {
                switch c {
                case "\"" where cell.isEmpty:
                    quoted = true
                    wasQuoted = true
                case ",":
                    cells.append(String(cell))
                    cell = String.UnicodeScalarView()
                case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                    break
                case "\n", "\r":
                    endRow()
                    line += 1
                    rowLine = line
                default:
                    cell.append(c)
                }
            }
            i += 1
        }
        if quoted { throw ReviewError.Problem(line: rowLine, message: "a quoted cell is never closed") }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRow() }
        return rows
    }

    /// `text` as one cell: quoted when it holds a comma, quote or line break, or
    /// starts with a character a spreadsheet would take for a formula.
    static func cell(_ text: String) -> String {
        var safe = text
        if let first = safe.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { safe = "'" + safe }
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
