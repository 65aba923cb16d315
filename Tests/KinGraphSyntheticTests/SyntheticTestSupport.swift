import Foundation

/// A plain RFC 4180 reader for checking what the generator wrote: rows of cells,
/// quotes honoured, doubled quotes undone, line breaks inside quotes kept.
enum PlainCSV {
    /// The rows of `text`, header first.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.unicodeScalars.append("\"") } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell)
                cell = ""
            } else if c == "\n" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }

    /// The rows of `file` in `folder` as dictionaries keyed by the header.
    static func records(_ folder: URL, _ file: String) throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let all = rows(text)
        guard let header = all.first else { return [] }
        return all.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

/// A fresh temporary folder path (not created), removed by `cleanup()`.
struct SyntheticOutputFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kingraph-synthetic-\(UUID().uuidString)")
    }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}
