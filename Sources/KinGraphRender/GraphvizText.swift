/// Turns plain text into Graphviz attribute values that mean exactly that text.
///
/// Graphviz interprets backslash sequences (`\n`, `\N`, `\l`, …) and HTML entities in
/// labels and tooltips, and passes control characters through into XML, where they
/// break it. So every string from the archive goes through here: backslashes are
/// doubled, `&` becomes `&amp;`, characters XML cannot hold (C0 and C1 controls,
/// U+FFFE, U+FFFF) and bidirectional overrides are dropped, and very long text is cut.
/// Lines are joined with Graphviz's own `\n`.
enum GraphvizText {
    /// Longest line kept in a label, in characters; longer ones end with "…".
    static let labelLineLimit = 48
    /// Most lines in a label.
    static let labelLineCount = 8
    /// Longest line kept in a tooltip.
    static let tooltipLineLimit = 160
    /// Most lines in a tooltip.
    static let tooltipLineCount = 40

    /// A label value showing `lines`.
    static func label(_ lines: [String]) -> String {
        join(lines, lineLimit: labelLineLimit, lineCount: labelLineCount)
    }

    /// A graph title showing `lines` (longer lines than node labels).
    static func title(_ lines: [String]) -> String {
        join(lines, lineLimit: tooltipLineLimit, lineCount: labelLineCount)
    }

    /// A tooltip value showing `lines`.
    static func tooltip(_ lines: [String]) -> String {
        join(lines, lineLimit: tooltipLineLimit, lineCount: tooltipLineCount)
    }

    /// A node or graph name: no escapes are interpreted in names, but the same
    /// characters are dropped and backslashes doubled so the DOT text reads back.
    /// A name never starts with `%`: cgraph keeps such names in its internal map,
    /// whose dictionaries it hands back to `free` however they were allocated (fatal
    /// with `kg_arena_install`'s memory), so `%x` is written `_%x`.
    static func name(_ text: String) -> String {
        let name = escape(cut(clean(text), to: 120), entities: false)
        return name.hasPrefix("%") ? "_" + name : name
    }

    private static func join(_ lines: [String], lineLimit: Int, lineCount: Int) -> String {
        var kept = lines.prefix(lineCount).map { escape(cut(clean($0), to: lineLimit), entities: true) }
        if lines.count > lineCount { kept[kept.count - 1] = "…" }
        return kept.joined(separator: "\\n")
    }

    /// Drops every character XML 1.0 cannot hold or that reorders text on screen.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0, DEL, C1 (tabs and newlines too)
        case 0xFFFE, 0xFFFF: return true  // not characters in XML
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidirectional overrides
        default: return false
        }
    }

    /// Keeps at most `limit` characters, marking a cut with "…".
    private static func cut(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private static func escape(_ text: String, entities: Bool) -> String {
        // Scalars, not characters: a backslash followed by a combining mark is one
        // Character but still a backslash to Graphviz.
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "&" where entities: result.append(contentsOf: "&amp;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
