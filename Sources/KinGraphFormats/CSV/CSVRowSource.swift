import KinGraphCore

/// One CSV row seen as a record's fields, through the column map of its header.
struct CSVRowSource: FieldSource {
    let bytes: UnsafeRawBufferPointer
    let fileName: String
    let fileOrder: Int
    /// Column of each `Field` (by raw value), or -1 when the header lacks it.
    let columns: [Int]
    var row = CSVRow()
    var findings: [Finding] = []
    /// The id of the current row, when it has one.
    var recordID: String?

    mutating func text(_ field: Field) -> String? {
        let column = columns[field.rawValue]
        return column < 0 ? nil : row.string(column, in: bytes)
    }

    mutating func trimmedText(_ field: Field) -> String? {
        let column = columns[field.rawValue]
        return column < 0 ? nil : row.trimmedString(column, in: bytes)
    }

    mutating func list(_ field: Field) -> [String] {
        let column = columns[field.rawValue]
        return column < 0 ? [] : row.list(column, in: bytes)
    }

    mutating func flag(_ field: Field) -> Bool? {
        guard let cell = trimmed(text(field)) else { return nil }
        switch cell.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            report(.error, field, recordID: nil, "\(field.name) must be true or false, not '\(cell)'")
            return nil
        }
    }

    mutating func report(_ severity: Problem.Severity, _ field: Field?, recordID: String?, _ message: String) {
        report(severity, line: row.line, recordID: recordID ?? self.recordID, field: field?.name, message)
    }

    mutating func report(_ severity: Problem.Severity, line: Int, recordID: String?, field: String? = nil, _ message: String) {
        let place = line > 0 ? "\(fileName):\(line)" : fileName
        findings.append(
            Finding(
                order: (fileOrder, line),
                problem: Problem(severity, place: place, recordID: recordID, message: message, field: field)))
    }
}

/// The items of a `;`-separated list cell, trimmed, empty items left out.
func splitList(_ cell: String) -> [String] {
    if !cell.utf8.contains(UInt8(ascii: ";")) {
        return trimmed(cell).map { [$0] } ?? []
    }
    return cell.utf8.split(separator: UInt8(ascii: ";")).compactMap { trimmed(String(decoding: $0, as: UTF8.self)) }
}
