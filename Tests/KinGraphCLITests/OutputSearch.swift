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
struct OutputSearch {
    /// Texts to search for strings.
    private(set) var texts: [String] = []
    /// Texts without drawing coordinates (for short strings such as a year).
    private(set) var words: [String] = []
    /// Code points a PDF's fonts can draw.
    private(set) var codePoints = Set<UInt32>()

    init(_ bytes: [UInt8], format: String) {
        let raw = String(decoding: bytes, as: UTF8.self)
        texts = [raw, Self.unescaped(raw)]
        switch format {
        case "svg":
            words = Self.contents(raw, #"<text[^>]*>([^<]*)</text>"#).map(Self.unescaped)
            words += Self.contents(raw, #"<title>([^<]*)</title>"#).map(Self.unescaped)
            words += Self.contents(raw, #"xlink:title="([^"]*)""#).map(Self.unescaped)
        case "pdf":
            for stream in Self.streams(bytes) {
                let text = String(decoding: stream, as: UTF8.self)
                texts.append(text)
                if text.contains("beginbfchar") || text.contains("beginbfrange") {
                    codePoints.formUnion(Self.hexValues(text))
                } else {
                    words.append(Self.shownText(stream))
                }
            }
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
    mutating func mapWords(_ transform: (String) -> String) {
        words = words.map(transform)
    }

    /// Where `secret` occurs ("text 2 at 140: …context…"), or `nil`.
    ///
    /// - Complexity: O(total size) per search, by `memmem` on the UTF-8 bytes.
    func find(_ secret: String, inWords: Bool = false) -> String? {
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
    static func offset(of needle: [UInt8], in hay: [UInt8]) -> Int? {
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
    static func unescaped(_ text: String) -> String {
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

    /// Every `stream … endstream` body of a PDF, inflated when compressed.
    private static func streams(_ pdf: [UInt8]) -> [[UInt8]] {
        let data = Data(pdf)
        var found: [[UInt8]] = []
        var cursor = data.startIndex
        while let start = data.range(of: Data("stream".utf8), in: cursor..<data.endIndex) {
            var body = start.upperBound
            if body < data.endIndex, data[body] == 13 { body += 1 }
            if body < data.endIndex, data[body] == 10 { body += 1 }
            guard let end = data.range(of: Data("endstream".utf8), in: body..<data.endIndex) else { break }
            let raw = [UInt8](data[body..<end.lowerBound])
            found.append(Zlib.inflate(raw) ?? raw)
            cursor = end.upperBound
        }
        return found
    }

    /// The `( … )` strings of a content stream, one line per operator.
    private static func shownText(_ bytes: [UInt8]) -> String {
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
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let hex = rest[rest.index(after: open)..<close]
            if !hex.isEmpty, hex.count % 4 == 0 {
                var i = hex.startIndex
                while i < hex.endIndex {
                    let next = hex.index(i, offsetBy: 4)
                    if let value = UInt32(hex[i..<next], radix: 16) { values.insert(value) }
                    i = next
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return values
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

/// zlib's `uncompress`, found at run time in the libz that Graphviz's cairo loads.
enum Zlib {
    private typealias Uncompress = @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

    private static let uncompress: Uncompress? = {
        #if os(macOS)
            let handle = dlopen("libz.dylib", RTLD_NOW)
        #else
            let handle = dlopen("libz.so.1", RTLD_NOW)
        #endif
        guard let handle, let symbol = dlsym(handle, "uncompress") else { return nil }
        return unsafeBitCast(symbol, to: Uncompress.self)
    }()

    /// `true` when zlib could be loaded (so inflating is really tried).
    static var available: Bool { uncompress != nil }

    /// The inflated bytes, or `nil` when `bytes` is not a zlib stream.
    static func inflate(_ bytes: [UInt8]) -> [UInt8]? {
        guard let uncompress, !bytes.isEmpty else { return nil }
        var capacity = max(1024, bytes.count * 8)
        while capacity <= 1 << 28 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = UInt(capacity)
            let status = output.withUnsafeMutableBufferPointer { out in
                bytes.withUnsafeBufferPointer { input in
                    uncompress(out.baseAddress, &length, input.baseAddress, UInt(input.count))
                }
            }
            if status == 0 { return Array(output.prefix(Int(length))) }
            if status != -5 { return nil }
            capacity *= 4
        }
        return nil
    }
}
