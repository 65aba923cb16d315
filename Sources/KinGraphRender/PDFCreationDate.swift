/// Takes the creation date out of a PDF that cairo wrote, so that one diagram gives the
/// same bytes whenever it is drawn.
///
/// cairo 1.16 (Debian's) stamps `/CreationDate (D:…)` with the time of drawing into
/// the information dictionary. The entry is overwritten with spaces, which PDF reads
/// as nothing: every byte offset, and so the cross-reference table, stays right.
enum PDFCreationDate {
    /// `pdf` without its `/CreationDate` and `/ModDate` entries.
    static func removed(from pdf: [UInt8]) -> [UInt8] {
        var out = pdf
        for key in ["/CreationDate", "/ModDate"] {
            var from = out.startIndex
            while let hit = out[from...].firstRange(of: Array(key.utf8)) {
                from = hit.upperBound
                var i = hit.upperBound
                while i < out.endIndex, out[i] == UInt8(ascii: " ") { i += 1 }
                // A literal string without nested parentheses or escapes: (D:…)
                guard i < out.endIndex, out[i] == UInt8(ascii: "("),
                    let close = out[i...].firstIndex(of: UInt8(ascii: ")")),
                    !out[i..<close].contains(UInt8(ascii: "\\"))
                else { continue }
                for j in hit.lowerBound...close { out[j] = UInt8(ascii: " ") }
                from = close + 1
            }
        }
        return out
    }
}
