import KinGraphCore

/// Escaping for text written into XML (GraphML, GEXF).
public enum XMLText {
    /// `value` escaped for an element's text or a double-quoted attribute.
    ///
    /// Markup characters become entities; tab, line feed and carriage return become
    /// character references (so attributes keep them); characters XML 1.0 forbids
    /// (other C0 controls, U+FFFE, U+FFFF) become U+FFFD, so the document stays well formed.
    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
