import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything an output's bytes can say, for searching: the text itself, with XML
/// entities and JSON `\u` escapes decoded; for a PDF every stream inflated, the text
/// its operators draw and the code points its fonts' ToUnicode maps hold; for a PNG
/// its inflated image data and text chunks.
public struct OutputSearch: Sendable {
    /// Texts to search for strings.
    public private(set) var texts: [String] = []
    /// Texts without drawing coordinates (for short strings such as a year).
    public private(set) var words: [String] = []
    /// Code points a PDF's fonts can draw.
    public private(set) var codePoints = Set<UInt32>()

    public init(_ bytes: [UInt8], format: String) {
        let raw = String(decoding: bytes, as: UTF8.self)
        texts = [raw, Self.unescaped(raw)]
        switch format {
        case "svg":
            words = Self.contents(raw, #"<text[^>]*>([^<]*)</text>"#).map(Self.unescaped)
            words += Self.contents(raw, #"<title>([^<]*)</title>"#).map(Self.unescaped)
            words += Self.contents(raw, #"xlink:title="([^"]*)""#).map(Self.unescaped)
        case "pdf":
            let pdf = PDFInspection(bytes)
            texts += pdf.streams.map { String(decoding: $0, as: UTF8.self) }
            codePoints = pdf.cmapValues
            words += pdf.shownTexts
        case "png":
            let data = Self.pngChunks(bytes)
            texts.append(String(decoding: data.text, as: UTF8.self))
            texts.append(String(decoding: Zlib.inflate(data.image) ?? [], as: UTF8.self))
        default:
            words = texts
        }
        texts += words
    }

    /// Applies `transform` to the texts without coordinates.
    public mutating func mapWords(_ transform: (String) -> String) {
        words = words.map(transform)
    }

    /// Where `secret` occurs ("text 2 at 140: …context…"), or `nil`.
    ///
    /// - Complexity: O(total size) per search, by `memmem` on the UTF-8 bytes.
    public func find(_ secret: String, inWords: Bool = false) -> String? {
        let needle = Array(secret.utf8)
        for (index, text) in (inWords ? words : texts).enumerated() {
            let utf8 = Array(text.utf8)
            if let offset = Self.offset(of: needle, in: utf8) {
                let context = utf8[max(0, offset - 40)..<min(utf8.count, offset + needle.count + 20)]
                return "\(inWords ? "word" : "text") \(index) at \(offset): …\(String(decoding: context, as: UTF8.self))…"
            }
        }
        return nil
    }

    /// The first offset of `needle` in `hay`, found with `memchr` and `memcmp`.
    public static func offset(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= hay.count else { return nil }
        return hay.withUnsafeBytes { h -> Int? in
            needle.withUnsafeBytes { n -> Int? in
                guard let base = h.baseAddress, let pin = n.baseAddress else { return nil }
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pin, n.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
    }

    /// `&#48177;`, `&#xBC15;`, `&amp;`…, and JSON's `\uXXXX`, decoded.
    public static func unescaped(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let index = rest.firstIndex(where: { $0 == "&" || $0 == "\\" }) {
            out += rest[..<index]
            rest = rest[index...]
            if rest.hasPrefix("&#"), let semi = rest.prefix(12).firstIndex(of: ";") {
                let body = rest[rest.index(rest.startIndex, offsetBy: 2)..<semi]
                let value = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
                if let value, let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    rest = rest[rest.index(after: semi)...]
                    continue
                }
            }
            let named = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'")]
            if let (entity, character) = named.first(where: { rest.hasPrefix($0.0) }) {
                out += character
                rest = rest.dropFirst(entity.count)
                continue
            }
            if rest.hasPrefix("\\u"), rest.count >= 6, let value = UInt32(rest.dropFirst(2).prefix(4), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.unicodeScalars.append(scalar)
                rest = rest.dropFirst(6)
                continue
            }
            if let first = rest.first {
                out.append(first)
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// The first capture group of every match of `pattern`.
    private static func contents(_ text: String, _ pattern: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The concatenated IDAT data and the tEXt/zTXt/iTXt chunks of a PNG.
    private static func pngChunks(_ png: [UInt8]) -> (image: [UInt8], text: [UInt8]) {
        var image: [UInt8] = [], text: [UInt8] = []
        var i = 8
        while i + 8 <= png.count {
            let length = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[i + 4..<i + 8], as: UTF8.self)
            let start = i + 8, end = min(start + length, png.count)
            if type == "IDAT" { image += png[start..<end] }
            if type.hasSuffix("Xt") || type == "tEXt" { text += png[start..<end] }
            i = end + 4
        }
        return (image, text)
    }
}
