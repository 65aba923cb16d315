import KinGraphFormats

/// Text made safe for the dossier's HTML, which is also well-formed XML: the
/// exchange writers' XML escaping.
enum HTMLText {
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// A table row of escaped cells (`th` with `header`).
    static func row(_ cells: [String], header: Bool = false) -> String {
        let tag = header ? "th" : "td"
        return "<tr>" + cells.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined() + "</tr>\n"
    }
}
