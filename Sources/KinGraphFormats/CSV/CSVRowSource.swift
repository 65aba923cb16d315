import KinGraphCore

/// One CSV row seen as a record's fields, through the column map of its header.
///
/// Cells become strings straight from the input bytes; a text longer than a
/// string's inline capacity (15 bytes) is made once per distinct value and shared by
/// every row that has it (place names repeat a lot), within a bounded table. A
/// `sources` list of one item is that item inline (`SourceList`); a list of several
/// items is shared with a recent row that had the same cell (`RecentCache`).
struct CSVRowSource: FieldSource {
    /// The bytes the row's fields point into.
    var bytes: UnsafeRawBufferPointer
    let fileName: String
    let fileOrder: Int
    /// Column of each `Field` (by raw value), or -1 when the header lacks it.
    let columns: [Int]
    var row = CSVRow()
    var findings: [Finding] = []
    /// The id of the current row, when it has one.
    var recordID: String?
    private var strings = ByteKeyedTable<String>(limit: 1 << 16)
    /// Source ids longer than 15 bytes, shared apart from `strings` so that they
    /// cannot fill its room for place names.
    private var longSourceIDs = ByteKeyedTable<String>(limit: 1 << 17)
    /// The ids of the archive's sources, when they were read first.
    private let knownSources: IDTable?
    /// Source lists of several items made lately, each with whether all its items are
    /// known: records next to each other often cite the same sources (a family's
    /// testimonies). See `sourceListSlots` for its size.
    private var recentLists = RecentCache<(list: SourceList, isKnown: Bool)>(slots: sourceListSlots)
    /// `true` when every item of the last `sources` list read is one of the
    /// `knownSources`, so the list needs no check.
    var sourcesAreKnown = false

    init(
        bytes: UnsafeRawBufferPointer, fileName: String, fileOrder: Int, columns: [Int], findings: [Finding] = [],
        knownSources: IDTable? = nil
    ) {
        self.knownSources = knownSources
        self.bytes = bytes
        self.fileName = fileName
        self.fileOrder = fileOrder
        self.columns = columns
        self.findings = findings
    }

    mutating func text(_ field: Field) -> String? {
        let column = columns[field.rawValue]
        guard column >= 0 else { return nil }
        switch row.cell(column, in: bytes, trim: false) {
        case .absent: return nil
        case .bytes(let cell): return string(cell)
        case .escaped: return row.string(column, in: bytes)
        }
    }

    mutating func trimmedText(_ field: Field) -> String? {
        if field == .id { return recordID }
        return trimmedCell(field)
    }

    /// The trimmed text of `field` in the current row, read afresh.
    mutating func trimmedCell(_ field: Field) -> String? {
        let column = columns[field.rawValue]
        guard column >= 0 else { return nil }
        switch row.cell(column, in: bytes, trim: true) {
        case .absent: return nil
        case .bytes(let cell): return string(cell)
        case .escaped: return row.trimmedString(column, in: bytes)
        }
    }

    mutating func withTrimmedBytes<R>(_ field: Field, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        let column = columns[field.rawValue]
        guard column >= 0 else { return nil }
        switch row.cell(column, in: bytes, trim: true) {
        case .absent: return nil
        case .bytes(let cell): return body(cell)
        case .escaped:
            guard var text = row.trimmedString(column, in: bytes) else { return nil }
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    mutating func list(_ field: Field) -> [String] {
        let column = columns[field.rawValue]
        guard column >= 0 else { return [] }
        switch row.cell(column, in: bytes, trim: false) {
        case .absent: return []
        case .escaped: return row.list(column, in: bytes)
        case .bytes(let cell): return CSVRow.items(of: cell)
        }
    }

    mutating func sources() -> SourceList {
        sourcesAreKnown = false
        let column = columns[Field.sources.rawValue]
        guard column >= 0 else { return [] }
        switch row.cell(column, in: bytes, trim: false) {
        case .absent: return []
        case .escaped: return SourceList(row.list(column, in: bytes))
        case .bytes(let cell):
            let (list, isKnown) = sourceList(cell)
            sourcesAreKnown = isKnown
            return list
        }
    }

    mutating func flag(_ field: Field) -> Bool? {
        guard let cell = trimmed(text(field)) else { return nil }
        switch cell.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            report(.error, field, recordID: nil, "\(field.name) must be true or false, not '\(cell)'")
            return nil
        }
    }

    mutating func report(_ severity: Problem.Severity, _ field: Field?, recordID: String?, _ message: String) {
        report(severity, line: row.line, recordID: recordID ?? self.recordID, field: field?.name, message)
    }

    mutating func report(_ severity: Problem.Severity, line: Int, recordID: String?, field: String? = nil, _ message: String) {
        let place = line > 0 ? "\(fileName):\(line)" : fileName
        findings.append(
            Finding(
                order: (fileOrder, line),
                problem: Problem(severity, place: place, recordID: recordID, message: message, field: field)))
    }

    /// `bytes` as a string; a long one shared with earlier rows that had the same.
    @inline(__always)
    private mutating func string(_ bytes: UnsafeRawBufferPointer) -> String {
        Self.string(bytes, sharedIn: &strings)
    }

    /// `bytes` as a string; one longer than a string's inline capacity (15 bytes)
    /// shared through `table` with earlier rows that had the same.
    @inline(__always)
    private static func string(_ bytes: UnsafeRawBufferPointer, sharedIn table: inout ByteKeyedTable<String>) -> String {
        if bytes.count <= 15 { return String(decoding: bytes, as: UTF8.self) }
        return table.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// The items of the `;`-separated `sources` cell, trimmed, empty items left out,
    /// and whether every one is a known source: one item is held inline, a longer
    /// list is shared with a recent row that had the same cell.
    ///
    /// - Complexity: O(length of the cell) expected.
    private mutating func sourceList(_ cell: UnsafeRawBufferPointer) -> (list: SourceList, isKnown: Bool) {
        if !cell.contains(UInt8(ascii: ";")) {
            guard let item = CSVRowSource.trim(cell) else { return ([], false) }
            let id = Self.string(item, sharedIn: &longSourceIDs)
            return (SourceList(one: id), knownSources?[id] != nil)
        }
        let hash = ByteKeyedTable<String>.hash(cell)
        if let kept = recentLists[cell, hash] { return kept }
        let items = CSVRow.items(of: cell)
        let made = (list: SourceList(items), isKnown: everyItemKnown(items, knownSources))
        recentLists.keep(made, for: cell, hash)
        return made
    }

    /// `bytes` without leading and trailing white space; `nil` when nothing is left.
    @inline(__always)
    private static func trim(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var a = 0, b = bytes.count
        while a < b && isSpace(bytes[a]) { a += 1 }
        while b > a && isSpace(bytes[b - 1]) { b -= 1 }
        return a < b ? UnsafeRawBufferPointer(rebasing: bytes[a..<b]) : nil
    }
}

/// The items of a `;`-separated list cell, trimmed, empty items left out.
func splitList(_ cell: String) -> [String] {
    if !cell.utf8.contains(UInt8(ascii: ";")) {
        return trimmed(cell).map { [$0] } ?? []
    }
    return cell.utf8.split(separator: UInt8(ascii: ";")).compactMap { trimmed(String(decoding: $0, as: UTF8.self)) }
}
