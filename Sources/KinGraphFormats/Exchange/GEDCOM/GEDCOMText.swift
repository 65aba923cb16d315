import Foundation
import KinGraphCore

/// Turns the bytes of a GEDCOM file into numbered lines of text, in the character
/// set the file declares.
///
/// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are
/// recognised from the bytes; otherwise the header's `1 CHAR` decides: `UTF-8`,
/// `ASCII`, `ANSEL`, `ANSI` (Windows-1252). Any other `CHAR` is an error that says
/// how to re-export the file. Lines end at CR, LF or CRLF.
struct GEDCOMText {
    /// One line of the file: its 1-based number and its text (no terminator).
    struct Line {
        var number: Int
        var text: String
    }

    /// The character set the file was read in, as a user would name it.
    private(set) var encoding = "UTF-8"
    private(set) var lines: [Line] = []
    private(set) var notes: [ExchangeNote] = []

    /// Decodes `data`; throws when the file is too large, has a line over the
    /// limit, or declares a character set KinGraph cannot read.
    init(_ data: Data, file: String, limits: ImportLimits) throws(ExchangeError) {
        guard data.count <= limits.maxFileBytes else {
            throw ExchangeError(
                file: file, "the file has \(data.count) bytes, over the limit of \(limits.maxFileBytes)")
        }
        var bytes = [UInt8](data)
        if let utf16 = Self.utf16(bytes) {
            bytes = Array(utf16.utf8)
            encoding = "UTF-16"
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let raw = try Self.split(bytes[start...], file: file, limits: limits)
        let declared = Self.declaredCharset(raw)
        let charset = declared.map { $0.uppercased() } ?? "UTF-8"
        switch charset {
        case "UTF-8", "UTF8", "UNICODE":
            if encoding != "UTF-16" { encoding = "UTF-8" }
            decodeUTF8(raw)
        case "ASCII", "ANSI", "WINDOWS", "CP1252", "WINDOWS-1252", "ISO-8859-1", "ISO8859-1", "LATIN1", "IBM WINDOWS":
            encoding = charset == "ASCII" ? "ASCII" : "Windows-1252 (\(declared ?? charset))"
            decode1252(raw, strictASCII: charset == "ASCII")
        case "ANSEL":
            encoding = "ANSEL"
            decodeANSEL(raw)
        default:
            throw ExchangeError(
                file: file,
                "the header declares CHAR \(declared ?? charset), which KinGraph cannot read (it reads UTF-8, UTF-16, ASCII, ANSEL and ANSI/Windows-1252); export the file again as UTF-8 from the genealogy program"
            )
        }
    }

    /// The text of a UTF-16 file (byte order mark, or a NUL in the second byte of
    /// `0 HEAD`), or `nil` when the file is not UTF-16.
    private static func utf16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let le = (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] != 0 && bytes[1] == 0)
        let be = (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0 && bytes[1] != 0)
        guard le || be else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(le ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return String(decoding: units, as: UTF16.self)
    }

    /// Splits on CR, LF and CRLF, keeping line numbers; enforces the line limit.
    private static func split(_ bytes: ArraySlice<UInt8>, file: String, limits: ImportLimits) throws(ExchangeError) -> [(Int, ArraySlice<UInt8>)] {
        var out: [(Int, ArraySlice<UInt8>)] = []
        var lineStart = bytes.startIndex
        var number = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if i - lineStart > limits.maxLineBytes {
                    throw ExchangeError(file: file, line: number, "the line is longer than \(limits.maxLineBytes) bytes")
                }
                out.append((number, bytes[lineStart..<i]))
                number += 1
                if b == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < bytes.endIndex {
            if bytes.endIndex - lineStart > limits.maxLineBytes {
                throw ExchangeError(file: file, line: number, "the line is longer than \(limits.maxLineBytes) bytes")
            }
            out.append((number, bytes[lineStart...]))
        }
        return out
    }

    /// The value of the header's `1 CHAR` line, read before anything is decoded
    /// (the header is ASCII in every character set GEDCOM allows).
    private static func declaredCharset(_ raw: [(Int, ArraySlice<UInt8>)]) -> String? {
        for (index, (_, bytes)) in raw.enumerated() {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: " \t")
            if index > 0, text.hasPrefix("0 ") { return nil }
            let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            if parts.count == 3, parts[0] == "1", parts[1].uppercased() == "CHAR" {
                return String(parts[2]).trimmingCharacters(in: " \t")
            }
        }
        return nil
    }

    private mutating func decodeUTF8(_ raw: [(Int, ArraySlice<UInt8>)]) {
        var bad: [Int] = []
        for (number, bytes) in raw {
            if let text = String(validating: bytes, as: UTF8.self) {
                lines.append(Line(number: number, text: text))
            } else {
                bad.append(number)
                lines.append(Line(number: number, text: String(decoding: bytes, as: UTF8.self)))
            }
        }
        if let first = bad.first {
            notes.append(
                ExchangeNote(
                    .warning, line: first,
                    "\(bad.count) line\(bad.count == 1 ? " is" : "s are") not valid UTF-8 (first here; all: \(Self.list(bad))); the bytes that are not were replaced by U+FFFD"
                ))
        }
    }

    private mutating func decode1252(_ raw: [(Int, ArraySlice<UInt8>)], strictASCII: Bool) {
        var bad: [Int] = []
        for (number, bytes) in raw {
            if strictASCII, bytes.contains(where: { $0 >= 0x80 }) { bad.append(number) }
            lines.append(Line(number: number, text: Windows1252.decode(bytes)))
        }
        if let first = bad.first {
            notes.append(
                ExchangeNote(
                    .warning, line: first,
                    "the header says CHAR ASCII but \(bad.count) line\(bad.count == 1 ? " has" : "s have") bytes above 127 (lines \(Self.list(bad))); they were read as Windows-1252"
                ))
        }
    }

    private mutating func decodeANSEL(_ raw: [(Int, ArraySlice<UInt8>)]) {
        var bad: [Int] = []
        for (number, bytes) in raw {
            let (text, unknown) = ANSEL.decode(bytes)
            if unknown > 0 { bad.append(number) }
            lines.append(Line(number: number, text: text.precomposedStringWithCanonicalMapping))
        }
        if let first = bad.first {
            notes.append(
                ExchangeNote(
                    .warning, line: first,
                    "\(bad.count) line\(bad.count == 1 ? " has" : "s have") bytes ANSEL does not define (lines \(Self.list(bad))); they were replaced by U+FFFD"
                ))
        }
    }

    /// Up to ten line numbers, then how many more.
    static func list(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(10).map(String.init).joined(separator: ", ")
        return numbers.count > 10 ? shown + " and \(numbers.count - 10) more" : shown
    }
}
