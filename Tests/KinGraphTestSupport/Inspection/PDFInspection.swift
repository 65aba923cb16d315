import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a PDF from Graphviz (cairo) says once its Flate streams are inflated: the
/// text drawn (from `TJ`/`Tj` strings) and the code points its fonts' ToUnicode maps
/// can produce.
public struct PDFInspection: Sendable {
    /// Every stream, inflated when it was compressed.
    public private(set) var streams: [[UInt8]] = []
    /// The literal strings of each text-showing operator, kerning gaps removed.
    public private(set) var text = ""
    /// Every 4-digit hex value in the ToUnicode maps (glyph codes and code points).
    public private(set) var cmapValues = Set<UInt32>()

    /// The text each stream that is not a font's ToUnicode map shows, one entry a stream.
    public private(set) var shownTexts: [String] = []

    public init(_ pdf: [UInt8]) {
        let data = Data(pdf)
        var cursor = data.startIndex
        while let start = data.range(of: Data("stream".utf8), in: cursor..<data.endIndex) {
            var body = start.upperBound
            if body < data.endIndex, data[body] == 13 { body += 1 }
            if body < data.endIndex, data[body] == 10 { body += 1 }
            guard let end = data.range(of: Data("endstream".utf8), in: body..<data.endIndex) else { break }
            let raw = [UInt8](data[body..<end.lowerBound])
            streams.append(Zlib.inflate(raw) ?? raw)
            cursor = end.upperBound
        }
        for stream in streams {
            let string = String(decoding: stream, as: UTF8.self)
            if string.contains("beginbfchar") || string.contains("beginbfrange") {
                cmapValues.formUnion(PDFInspection.hexValues(string))
            } else {
                let shown = PDFInspection.showText(stream)
                shownTexts.append(shown)
                if string.contains("BT") { text += shown }
            }
        }
    }

    /// The contents of `( … )` strings, one line per text operator array or line.
    private static func showText(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if depth > 0 {
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    out.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth -= 1 }
                if depth > 0 { out.append(byte) }
            } else if byte == UInt8(ascii: "(") {
                depth = 1
            } else if byte == UInt8(ascii: "]") || byte == 10 {
                out.append(10)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValues(_ text: String) -> Set<UInt32> {
        var values = Set<UInt32>()
        var scanner = text[...]
        while let open = scanner.firstIndex(of: "<") {
            guard let close = scanner[open...].firstIndex(of: ">") else { break }
            let hex = scanner[scanner.index(after: open)..<close]
            if hex.count % 4 == 0, !hex.isEmpty {
                var i = hex.startIndex
                while i < hex.endIndex {
                    let next = hex.index(i, offsetBy: 4)
                    if let value = UInt32(hex[i..<next], radix: 16) { values.insert(value) }
                    i = next
                }
            }
            scanner = scanner[scanner.index(after: close)...]
        }
        return values
    }
}
