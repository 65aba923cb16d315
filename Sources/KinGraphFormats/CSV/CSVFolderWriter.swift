import KinGraphCore

/// Writes the CSV-folder form: the five record files and `archive.csv` (format and
/// title), each with a UTF-8 byte-order mark (so spreadsheets read hangul right),
/// a header in the format's field order, CRLF line ends, quotes only where needed.
enum CSVFolderWriter {
    /// The files of the folder, by name, in writing order.
    ///
    /// - Complexity: O(size of the archive).
    static func files(_ archive: Archive) -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        for kind in RecordKind.allCases {
            var out = bom
            appendRow(kind.fields.map { .text($0.name) }, to: &out)
            for row in RecordEncoding.rows(archive, kind) { appendRow(row, to: &out) }
            files.append((kind.fileName, out))
        }
        var meta = bom
        appendRow(MetadataTable.header.map { .text($0) }, to: &meta)
        appendRow([.text(Archive.formatTag), archive.title.map { .text($0) }], to: &meta)
        files.append((CSVFolderReader.metadataFileName, meta))
        return files
    }

    /// Values the CSV form cannot hold: list items containing `;` (the separator).
    ///
    /// - Complexity: O(total list items).
    static func unrepresentable(_ archive: Archive) -> [Problem] {
        var problems: [Problem] = []
        func check(_ items: some Collection<String>, _ kind: RecordKind, _ index: Int, _ field: Field, id: String?) {
            for item in items where item.utf8.contains(UInt8(ascii: ";")) {
                problems.append(
                    Problem(
                        .error, place: "\(kind.section)[\(index)].\(field.name)", recordID: id,
                        message: "'\(item)' contains ';', which separates the items of a CSV list cell",
                        record: RecordRef(kind, index), field: field.name))
            }
        }
        for (i, p) in archive.people.enumerated() {
            check(p.aliases, .person, i, .aliases, id: p.id)
            check(p.sources, .person, i, .sources, id: p.id)
        }
        for (i, t) in archive.ties.enumerated() { check(t.sources, .tie, i, .sources, id: nil) }
        for (i, e) in archive.events.enumerated() { check(e.sources, .event, i, .sources, id: e.id) }
        for (i, l) in archive.links.enumerated() { check(l.sources, .link, i, .sources, id: nil) }
        return problems
    }

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func appendRow(_ values: [FieldValue?], to out: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch value {
            case nil: break
            case .text(let text): appendCell(text, to: &out)
            case .list(let items): appendCell(items.joined(separator: ";"), to: &out)
            case .flag(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
            }
        }
        out += [0x0D, 0x0A]
    }

    /// A cell, in quotes when it holds a comma, quote, line break or edge spaces.
    static func appendCell(_ text: String, to out: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes =
            utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || utf8.first.map(isSpace) == true || utf8.last.map(isSpace) == true
        guard needsQuotes else {
            out += utf8
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
