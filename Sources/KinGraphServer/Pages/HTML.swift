/// Building HTML from archive text: every archive string goes through `HTML.text`
/// (or `HTML.attribute`), which escapes markup and neutralises bidirectional
/// controls, so no record can add tags, end an attribute or reorder what follows it.
enum HTML {
    /// `text` safe inside an element: `& < > " '` as entities, bidi controls
    /// (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) shown as `[U+202E]`, other
    /// control characters but tab and newline dropped, wrapped in `<bdi>` so a
    /// right-to-left name cannot flip the text around it.
    static func text(_ text: String) -> String {
        "<bdi>" + escape(text) + "</bdi>"
    }

    /// `text` safe inside a double-quoted attribute value.
    static func attribute(_ text: String) -> String { escape(text) }

    /// The escaped characters of `text`, without the `<bdi>` wrapper.
    ///
    /// - Complexity: O(text.count).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if isBidiControl(scalar) {
                    out += "[U+" + String(scalar.value, radix: 16, uppercase: true) + "]"
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    continue
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A bidirectional formatting character.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// `value` percent-encoded for a query string (everything but unreserved characters).
    static func query(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A link to an explorer route with its query, every value percent-encoded and
    /// the whole escaped for the `href` attribute.
    static func link(_ path: String, _ parameters: [(String, String)]) -> String {
        let encoded = parameters.map { query($0.0) + "=" + query($0.1) }.joined(separator: "&")
        return attribute(encoded.isEmpty ? path : path + "?" + encoded)
    }
}
