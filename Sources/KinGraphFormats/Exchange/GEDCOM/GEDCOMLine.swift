import Foundation

/// One parsed GEDCOM line: `level [@xref@] TAG [value]`.
struct GEDCOMLine: Equatable {
    var level: Int
    var xref: String?
    var tag: String
    var value: String

    /// Parses `text`; a `Problem` when it is not a GEDCOM line. Leading whitespace is
    /// allowed (some programs indent), as are several spaces between fields; the
    /// value is the rest of the line after one delimiter. Works on the UTF-8 bytes:
    /// a file has a line per fact, often millions.
    static func parse(_ text: String) -> Result<GEDCOMLine, Problem> {
        let bytes = Array(text.utf8)
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        let levelStart = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        guard i > levelStart else { return .failure(Problem("a GEDCOM line starts with a level number")) }
        guard i - levelStart <= 2 else {
            return .failure(Problem("the level \(String(decoding: bytes[levelStart..<i], as: UTF8.self)) is over 99"))
        }
        let level = bytes[levelStart..<i].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard i < bytes.count, isSpace(bytes[i]) else { return .failure(Problem("the level must be followed by a space")) }
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        var xref: String?
        if i < bytes.count, bytes[i] == UInt8(ascii: "@") {
            let start = i
            while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
            let token = bytes[start..<i]
            guard token.count >= 3, token.last == UInt8(ascii: "@") else {
                return .failure(Problem("'\(String(decoding: token, as: UTF8.self))' is not a cross-reference id (@ID@)"))
            }
            xref = String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        }
        let tagStart = i
        while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
        let tag = bytes[tagStart..<i]
        guard !tag.isEmpty else { return .failure(Problem("the line has no tag")) }
        guard tag.allSatisfy({ isTagByte($0) }) else {
            return .failure(Problem("'\(String(decoding: tag, as: UTF8.self))' is not a GEDCOM tag"))
        }
        if i < bytes.count { i += 1 }  // the one delimiter before the value
        var value = String(decoding: bytes[i...], as: UTF8.self)
        // `@@` stands for a literal `@` in text (5.5.1 anywhere, 7.0 at the start).
        let at = UInt8(ascii: "@")
        if i + 1 < bytes.count, bytes[i...].indices.dropLast().contains(where: { bytes[$0] == at && bytes[$0 + 1] == at }),
            value.gedcomPointer == nil
        {
            value = value.replacingOccurrences(of: "@@", with: "@")
        }
        return .success(GEDCOMLine(level: level, xref: xref, tag: String(decoding: tag, as: UTF8.self).uppercased(), value: value))
    }

    private static func isTagByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Why a line is not a GEDCOM line.
    struct Problem: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

extension String {
    /// The xref inside a pointer value `@ID@` (surrounding spaces allowed); `nil` for
    /// other values and for GEDCOM 7's null pointer `@VOID@`.
    var gedcomPointer: String? {
        var bytes = Substring(self).utf8[...]
        while let f = bytes.first, f == 0x20 || f == 0x09 { bytes = bytes.dropFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 { bytes = bytes.dropLast() }
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "@"), bytes.last == UInt8(ascii: "@") else { return nil }
        let inner = bytes.dropFirst().dropLast()
        guard !inner.contains(UInt8(ascii: "@")), inner.first != UInt8(ascii: "#") else { return nil }
        let id = String(decoding: inner, as: UTF8.self)
        return id == "VOID" ? nil : id
    }
}
