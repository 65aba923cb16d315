/// Text from an archive made safe to print on a terminal.
///
/// Names and places come from third parties: an escape sequence in a name could
/// recolour or rewrite the screen, a bidirectional override could reverse what
/// follows it. Control characters (C0, DEL, C1) and the bidi override and isolate
/// characters become U+FFFD; line breaks and tabs are kept only where `keepingLines`.
///
///     "Kim\u{1B}[31m".terminalSafe()   // "Kim\u{FFFD}[31m"
extension String {
    func terminalSafe(keepingLines: Bool = false) -> String {
        guard unicodeScalars.contains(where: { Self.isUnsafe($0, keepingLines: keepingLines) }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            out.append(Self.isUnsafe(scalar, keepingLines: keepingLines) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    private static func isUnsafe(_ s: Unicode.Scalar, keepingLines: Bool) -> Bool {
        switch s.value {
        case 0x0A, 0x09: return !keepingLines
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// `1 person`, `3 people`.
func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
