import Foundation
import KinGraphCore

/// One parsed GEDCOM line: `level [@xref@] TAG [value]`.
struct GEDCOMLine: Equatable {
    var level: Int
    var xref: String?
    var tag: String
    var value: String

    /// Parses `text`; `nil` with a reason when it is not a GEDCOM line. Leading
    /// whitespace is allowed (some programs indent), as are several spaces between
    /// fields; the value is the rest of the line after one delimiter.
    static func parse(_ text: String) -> Result<GEDCOMLine, Problem> {
        var s = Substring(text)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        let levelText = s.prefix { $0.isASCII && $0.isNumber }
        guard !levelText.isEmpty else { return .failure(Problem("a GEDCOM line starts with a level number")) }
        guard levelText.count <= 2, let level = Int(levelText) else {
            return .failure(Problem("the level \(levelText) is over 99"))
        }
        s = s.dropFirst(levelText.count)
        guard let f = s.first, f == " " || f == "\t" else {
            return .failure(Problem("the level must be followed by a space"))
        }
        s = skipSpaces(s)
        var xref: String?
        if s.first == "@" {
            let token = s.prefix { $0 != " " && $0 != "\t" }
            guard token.count >= 3, token.last == "@" else {
                return .failure(Problem("'\(token)' is not a cross-reference id (@ID@)"))
            }
            xref = String(token.dropFirst().dropLast())
            s = skipSpaces(s.dropFirst(token.count))
        }
        let tag = s.prefix { $0 != " " && $0 != "\t" }
        guard !tag.isEmpty else { return .failure(Problem("the line has no tag")) }
        guard tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            return .failure(Problem("'\(tag)' is not a GEDCOM tag"))
        }
        s = s.dropFirst(tag.count)
        if let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        var value = String(s)
        // `@@` stands for a literal `@` in text (5.5.1 anywhere, 7.0 at the start).
        if value.gedcomPointer == nil, value.contains("@@") { value = value.replacingOccurrences(of: "@@", with: "@") }
        return .success(GEDCOMLine(level: level, xref: xref, tag: tag.uppercased(), value: value))
    }

    private static func skipSpaces(_ s: Substring) -> Substring {
        var s = s
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        return s
    }

    /// Why a line is not a GEDCOM line.
    struct Problem: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

extension String {
    /// The xref inside a pointer value `@ID@`; `nil` for other values and for
    /// GEDCOM 7's null pointer `@VOID@`.
    var gedcomPointer: String? {
        let t = self.trimmingCharacters(in: " \t")
        guard t.count >= 3, t.first == "@", t.last == "@" else { return nil }
        let inner = t.dropFirst().dropLast()
        guard !inner.contains("@"), inner.first != "#", inner != "VOID" else { return nil }
        return String(inner)
    }
}
