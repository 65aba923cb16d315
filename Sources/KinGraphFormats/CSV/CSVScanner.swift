/// Splits CSV bytes into rows of fields, per RFC 4180: fields separated by commas,
/// rows by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and
/// doubled quotes (`""`). A UTF-8 byte-order mark at the start is skipped.
///
/// The scanner never copies: a row is a reused array of byte ranges into the input,
/// and only the fields a reader asks for become strings.
///
///     var scanner = CSVScanner(bytes)
///     var row = CSVRow()
///     while try scanner.nextRow(into: &row) { … row.count, row.string(0, in: bytes) … }
struct CSVScanner {
    private let bytes: UnsafeRawBufferPointer
    private var position: Int
    /// `false` when more input may follow `bytes` (a chunk of a larger file).
    private let isFinal: Bool
    /// The byte offset where the next row starts.
    var offset: Int { position }
    /// The line (from 1) where the next row starts.
    private(set) var line: Int

    /// Why a CSV file cannot be split into rows.
    struct SyntaxError: Error {
        let line: Int
        let message: String
    }

    /// What `scanRow` found.
    enum Scan {
        /// A row, now in `row`.
        case row
        /// The end of the input.
        case end
        /// The row starting at `offset` runs past the end of the chunk: give the
        /// scanner the rest of it.
        case needsMore
    }

    /// A scanner over the whole of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.init(bytes, line: 1, isFinal: true, atFileStart: true)
    }

    /// A scanner over a chunk of a file: `line` is the line where `bytes` starts;
    /// `isFinal` says that no input follows; `atFileStart` skips a byte-order mark.
    init(_ bytes: UnsafeRawBufferPointer, line: Int, isFinal: Bool, atFileStart: Bool) {
        self.bytes = bytes
        self.line = line
        self.isFinal = isFinal
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position =
            atFileStart && bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
    }

    /// Reads the next row into `row`; `false` at the end of the input. `row.line` is
    /// the line where the row starts (a quoted field may span several lines).
    ///
    /// - Complexity: O(length of the row).
    mutating func nextRow(into row: inout CSVRow) throws(SyntaxError) -> Bool {
        try scanRow(into: &row) == .row
    }

    /// Reads the next row into `row`, or says that the input ended or that the row
    /// needs the next chunk (then nothing is consumed).
    ///
    /// - Complexity: O(length of the row).
    mutating func scanRow(into row: inout CSVRow) throws(SyntaxError) -> Scan {
        row.removeAll()
        let n = bytes.count
        guard position < n else { return isFinal ? .end : .needsMore }
        let rowStart = position, rowLine = line
        row.line = line
        while true {
            var field = CSVField(start: position, end: position, quoted: false, doubledQuotes: false)
            if position < n && bytes[position] == UInt8(ascii: "\"") {
                guard try scanQuoted(&field) else {
                    position = rowStart
                    line = rowLine
                    return .needsMore
                }
            } else {
                let i = ByteSearch.first(UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"), in: bytes, from: position)
                field.end = i
                position = i
            }
            row.append(field)
            guard position < n else {
                if isFinal {
                    try checkLimits(row, field, rowBytes: position - rowStart)
                    return .row
                }
                position = rowStart
                line = rowLine
                return .needsMore
            }
            try checkLimits(row, field, rowBytes: position - rowStart)
            let b = bytes[position]
            if b == UInt8(ascii: "\r") && position + 1 == n && !isFinal {
                position = rowStart
                line = rowLine
                return .needsMore
            }
            position += 1
            if b == UInt8(ascii: ",") { continue }
            if b == UInt8(ascii: "\r") && position < n && bytes[position] == UInt8(ascii: "\n") { position += 1 }
            line += 1
            return .row
        }
    }

    /// Refuses a cell, a row or a count of cells past `ReadLimits`, so that a broken
    /// or hostile file cannot make a row take unbounded memory.
    private func checkLimits(_ row: CSVRow, _ field: CSVField, rowBytes: Int) throws(SyntaxError) {
        if field.end - field.start > ReadLimits.maxCSVCellBytes {
            throw SyntaxError(
                line: row.line,
                message: "cell \(row.count) of this row is longer than \(ReadLimits.maxCSVCellBytes) bytes; is a closing quote missing, or is this not an archive file?")
        }
        if row.count > ReadLimits.maxCSVRowCells {
            throw SyntaxError(
                line: row.line,
                message: "the row has more than \(ReadLimits.maxCSVRowCells) cells; is this really an archive file?")
        }
        if rowBytes > ReadLimits.maxCSVRowBytes {
            throw SyntaxError(
                line: row.line,
                message: "the row is longer than \(ReadLimits.maxCSVRowBytes) bytes; is a closing quote missing, or is this not an archive file?")
        }
    }

    /// Scans `"…"` starting at `position`, leaving `position` just after the closing
    /// quote; `false` when the chunk ends before that can be known.
    private mutating func scanQuoted(_ field: inout CSVField) throws(SyntaxError) -> Bool {
        let n = bytes.count
        let openLine = line
        var i = position + 1
        field.quoted = true
        field.start = i
        while true {
            guard i < n else {
                guard isFinal else { return false }
                throw SyntaxError(
                    line: openLine,
                    message: "a quoted field opened on this line is never closed (a \" is missing)")
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                if i + 1 == n && !isFinal { return false }
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
                    field.doubledQuotes = true
                    i += 2
                    continue
                }
                field.end = i
                i += 1
                break
            }
            if b == UInt8(ascii: "\r") && i + 1 == n && !isFinal { return false }
            if b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && !(i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n"))) {
                line += 1
            }
            i += 1
        }
        position = i
        if i < n {
            let next = bytes[i]
            if next != UInt8(ascii: ",") && next != UInt8(ascii: "\n") && next != UInt8(ascii: "\r") {
                throw SyntaxError(
                    line: line,
                    message: "unexpected text after a closing quote; a quote inside a quoted field is written \"\"")
            }
        } else if !isFinal {
            return false
        }
        return true
    }
}

/// One field of a row: a byte range of the input (inside the quotes, if quoted).
struct CSVField {
    var start: Int
    var end: Int
    var quoted: Bool
    var doubledQuotes: Bool
}

/// A field's bytes as `CSVRow.cell` gives them.
enum CSVCell {
    case absent
    case bytes(UnsafeRawBufferPointer)
    case escaped
}

/// The fields of one row, reused from row to row.
struct CSVRow {
    private(set) var fields: [CSVField] = []
    var line = 0

    init() { fields.reserveCapacity(32) }

    var count: Int { fields.count }

    mutating func removeAll() { fields.removeAll(keepingCapacity: true) }

    mutating func append(_ field: CSVField) { fields.append(field) }

    /// `true` for a line with nothing on it.
    var isBlank: Bool { fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end }

    /// The bytes of field `index`, without leading and trailing white space when
    /// `trim`; `.absent` when empty (or blank, when trimmed) or beyond the row;
    /// `.escaped` when the field holds doubled quotes (read it with `string`).
    @inline(__always)
    func cell(_ index: Int, in bytes: UnsafeRawBufferPointer, trim: Bool) -> CSVCell {
        guard index < fields.count else { return .absent }
        let field = fields[index]
        if field.doubledQuotes { return .escaped }
        var a = field.start, b = field.end
        if trim {
            while a < b && isSpace(bytes[a]) { a += 1 }
            while b > a && isSpace(bytes[b - 1]) { b -= 1 }
        }
        guard a < b else { return .absent }
        return .bytes(UnsafeRawBufferPointer(rebasing: bytes[a..<b]))
    }

    /// Whether field `index` is empty (or beyond the row).
    func isEmpty(_ index: Int) -> Bool {
        index >= fields.count || fields[index].start == fields[index].end
    }

    /// Field `index` as a string (`""` doubled quotes made single); `nil` when empty
    /// or beyond the row.
    func string(_ index: Int, in bytes: UnsafeRawBufferPointer) -> String? {
        guard index < fields.count else { return nil }
        let field = fields[index]
        guard field.start < field.end else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.doubledQuotes else { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            unescaped.append(slice[i])
            i += slice[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Field `index` without leading and trailing white space; `nil` when blank.
    func trimmedString(_ index: Int, in bytes: UnsafeRawBufferPointer) -> String? {
        guard index < fields.count else { return nil }
        let field = fields[index]
        if field.doubledQuotes { return trimmed(string(index, in: bytes)) }
        var a = field.start, b = field.end
        while a < b && isSpace(bytes[a]) { a += 1 }
        while b > a && isSpace(bytes[b - 1]) { b -= 1 }
        guard a < b else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }

    /// Field `index` as a `;`-separated list: items trimmed, empty items left out.
    ///
    /// - Complexity: O(length of the field); one string per item, no other copies.
    func list(_ index: Int, in bytes: UnsafeRawBufferPointer) -> [String] {
        guard index < fields.count else { return [] }
        let field = fields[index]
        guard field.start < field.end else { return [] }
        if field.doubledQuotes { return string(index, in: bytes).map(splitList) ?? [] }
        return Self.items(of: UnsafeRawBufferPointer(rebasing: bytes[field.start..<field.end]))
    }

    /// The items of a `;`-separated list cell, each trimmed, empty ones left out.
    ///
    /// - Complexity: O(length of `cell`); one string per item, no other copies.
    static func items(of cell: UnsafeRawBufferPointer) -> [String] {
        var items: [String] = []
        var itemStart = 0
        for i in 0...cell.count where i == cell.count || cell[i] == UInt8(ascii: ";") {
            var a = itemStart, b = i
            while a < b && isSpace(cell[a]) { a += 1 }
            while b > a && isSpace(cell[b - 1]) { b -= 1 }
            if a < b { items.append(String(decoding: UnsafeRawBufferPointer(rebasing: cell[a..<b]), as: UTF8.self)) }
            itemStart = i + 1
        }
        return items
    }
}
