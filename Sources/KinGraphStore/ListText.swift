import KinGraphFormats

/// Lists of strings as the store keeps them: a JSON array (`["T-001","T-002"]`),
/// which SQLite's JSON functions can read too.
package enum ListText {
    /// `items` as a JSON array of strings.
    ///
    /// - Complexity: O(total length).
    package static func encode(_ items: some Collection<String>) -> String {
        var out = "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            JSONText.appendString(item, to: &out)
        }
        return out + "]"
    }

    /// The strings of a JSON array, or `nil` when `bytes` are not an array of strings.
    ///
    /// - Complexity: O(length of `bytes`).
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        var i = 0
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var items: [String] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return items }
        while i < bytes.count {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            guard let (item, next) = JSONText.string(bytes, from: i) else { return nil }
            items.append(item)
            i = next
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "]") { return items }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
        return nil
    }

    /// `decode` of a string.
    package static func decode(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }
}

/// The bits of JSON the store writes by hand, so the same record gives the same bytes.
enum JSONText {
    /// Appends `text` as a JSON string literal.
    static func appendString(_ text: String, to out: inout String) {
        out += RecordObjects.jsonString(text)
    }

    /// The string literal starting at `bytes[start]` (a quote) and the index after it.
    static func string(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (String, Int)? {
        var i = start + 1
        let begin = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            return (String(decoding: UnsafeRawBufferPointer(rebasing: bytes[begin..<i]), as: UTF8.self), i + 1)
        }
        var out = Array(bytes[begin..<i])
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (String(decoding: out, as: UTF8.self), i + 1) }
            if byte != UInt8(ascii: "\\") {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { return nil }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, var code = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + 4)]), as: UTF8.self), radix: 16)
                else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(code), i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                    let low = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(i + 2)..<(i + 6)]), as: UTF8.self), radix: 16),
                    (0xDC00..<0xE000).contains(low)
                {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
            default: return nil
            }
        }
        return nil
    }
}
