import KinGraphCore

/// Writes the JSON form: keys in the format's order, two-space indentation, lists
/// of strings on one line, absent values left out, a final newline. The same
/// archive always gives the same bytes.
///
///     {
///       "format": "kingraph-archive/1",
///       "title": "Example",
///       "sources": [
///         {
///           "id": "T-001",
///           "kind": "testimony"
///         }
///       ],
///       …
enum JSONArchiveWriter {
    /// - Complexity: O(size of the archive).
    static func bytes(_ archive: Archive) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        out.append(contentsOf: "{\n  \"format\": ".utf8)
        appendString(Archive.formatTag, to: &out)
        if let title = archive.title, !title.isEmpty {
            out.append(contentsOf: ",\n  \"title\": ".utf8)
            appendString(title, to: &out)
        }
        for kind in RecordKind.allCases {
            out.append(contentsOf: ",\n  \"\(kind.section)\": ".utf8)
            let rows = RecordEncoding.rows(archive, kind)
            if rows.isEmpty {
                out.append(contentsOf: "[]".utf8)
                continue
            }
            out.append(contentsOf: "[\n".utf8)
            let fields = kind.fields
            for (index, row) in rows.enumerated() {
                out.append(contentsOf: "    {".utf8)
                var first = true
                for (field, value) in zip(fields, row) {
                    guard let value else { continue }
                    out.append(contentsOf: (first ? "\n      \"" : ",\n      \"").utf8)
                    first = false
                    out.append(contentsOf: field.name.utf8)
                    out.append(contentsOf: "\": ".utf8)
                    appendValue(value, to: &out)
                }
                out.append(contentsOf: (first ? "}" : "\n    }").utf8)
                out.append(contentsOf: (index + 1 < rows.count ? ",\n" : "\n").utf8)
            }
            out.append(contentsOf: "  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }

    private static func appendValue(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .text(let text):
            appendString(text, to: &out)
        case .flag(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
                appendString(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (hangul included) as UTF-8.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20, 0x7F:
                out.append(contentsOf: "\\u00".utf8)
                out += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
