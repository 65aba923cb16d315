import KinGraphCore

/// The records of one CSV file, with the line each came from.
struct CSVTable<Record> {
    var records: [Record] = []
    /// `lines[i]` is the line where `records[i]` starts.
    var lines: [Int32] = []
    var findings: [Finding] = []
    /// Ids of rows that could not be read.
    var skipped: Set<String> = []
    /// `false` when rows were lost wholesale (bad file, bad header, broken quoting),
    /// so references into this file cannot be checked.
    var complete = true
}

/// Reads one CSV file of the archive: header, then one record per row.
enum CSVTableReader {
    /// Parses `bytes` as the file of `kind`, decoding each row with `decode`.
    ///
    /// - Complexity: O(bytes), one pass; strings are made only for the fields read.
    static func read<Record>(
        _ bytes: UnsafeRawBufferPointer, kind: RecordKind, fileName: String,
        decode: (inout RecordDecoder, inout CSVRowSource) -> Record?
    ) -> CSVTable<Record> {
        var table = CSVTable<Record>()
        table.complete = false
        let order = kind.rawValue
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let (line, column) = UTF8Check.lineAndColumn(of: bad, in: bytes)
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            table.findings.append(
                Finding(
                    order: (order, line),
                    problem: Problem(
                        .error, place: "\(fileName):\(line)",
                        message: "not UTF-8 text (byte 0x\(byte) at column \(column)); save the file as CSV UTF-8")))
            return table
        }
        var scanner = CSVScanner(bytes)
        var header = CSVRow()
        var source = CSVRowSource(bytes: bytes, fileName: fileName, fileOrder: order, columns: [])
        do {
            guard try scanner.nextRow(into: &header), !header.isBlank else {
                let names = kind.fields.map(\.name).joined(separator: ",")
                source.report(.error, line: 0, recordID: nil, "the file is empty; it needs a header row such as \(names)")
                table.findings = source.findings
                return table
            }
        } catch {
            source.report(.error, line: error.line, recordID: nil, error.message)
            table.findings = source.findings
            return table
        }
        let (columns, headerOK) = mapHeader(header, bytes: bytes, kind: kind, source: &source)
        source = CSVRowSource(
            bytes: bytes, fileName: fileName, fileOrder: order, columns: columns, findings: source.findings)
        var decoder = RecordDecoder()
        let width = header.count
        // A guess from short rows (blank lines, junk) must not reserve more than 256 MiB.
        let expected = min(estimatedRows(scanner, bytes: bytes), (256 << 20) / MemoryLayout<Record>.stride)
        table.records.reserveCapacity(expected)
        table.lines.reserveCapacity(expected)
        let idColumn = columns[Field.id.rawValue]
        while true {
            do {
                guard try scanner.nextRow(into: &source.row) else { break }
            } catch {
                source.report(.error, line: error.line, recordID: nil, error.message)
                table.findings = source.findings
                return table
            }
            if source.row.isBlank { continue }
            let id = idColumn >= 0 ? trimmed(source.row.string(idColumn, in: bytes)) : nil
            source.recordID = id
            guard headerOK, rowFits(&source, width: width, id: id) else {
                if let id { table.skipped.insert(id) }
                continue
            }
            if let record = decode(&decoder, &source) {
                table.records.append(record)
                table.lines.append(Int32(clamping: source.row.line))
            } else if let id = decoder.lastID {
                table.skipped.insert(id)
            }
        }
        table.findings = source.findings
        table.complete = headerOK
        return table
    }

    /// About how many rows follow, from the length of the next (up to) 64 rows, so
    /// the record arrays are allocated once.
    private static func estimatedRows(_ scanner: CSVScanner, bytes: UnsafeRawBufferPointer) -> Int {
        var probe = scanner
        var row = CSVRow()
        let start = probe.offset
        var rows = 0
        while rows < 64, (try? probe.nextRow(into: &row)) == true { rows += 1 }
        let sampled = probe.offset - start
        guard rows > 0, sampled > 0 else { return 0 }
        return (bytes.count - start) / sampled * rows + rows
    }

    /// Maps the header's column names to fields; reports duplicate and missing columns.
    private static func mapHeader(
        _ header: CSVRow, bytes: UnsafeRawBufferPointer, kind: RecordKind, source: inout CSVRowSource
    ) -> (columns: [Int], complete: Bool) {
        var columns = [Int](repeating: -1, count: Field.allCases.count)
        var names: [String] = []
        for index in 0..<header.count {
            let name = trimmed(header.string(index, in: bytes))?.lowercased() ?? ""
            names.append(name)
            guard let field = Field(name: name), kind.fields.contains(field) else { continue }
            if columns[field.rawValue] >= 0 {
                source.report(.error, line: header.line, recordID: nil, "column '\(name)' appears twice in the header")
            } else {
                columns[field.rawValue] = index
            }
        }
        var complete = true
        for field in kind.requiredFields + (kind == .source ? [] : [.sources]) where columns[field.rawValue] < 0 {
            complete = false
            let has = names.filter { !$0.isEmpty }.joined(separator: ", ")
            source.report(
                .error, line: header.line, recordID: nil,
                "the header has no '\(field.name)' column (it has: \(has.isEmpty ? "nothing" : has))")
        }
        return (columns, complete)
    }

    /// Reports a row with fewer cells than the header, or more that are not empty.
    private static func rowFits(_ source: inout CSVRowSource, width: Int, id: String?) -> Bool {
        let count = source.row.count
        if count < width {
            source.report(
                .error, line: source.row.line, recordID: id,
                "the row has \(count) cells but the header has \(width); a comma is missing or a line was broken")
            return false
        }
        if count > width, (width..<count).contains(where: { !source.row.isEmpty($0) }) {
            source.report(
                .error, line: source.row.line, recordID: id,
                "the row has \(count) cells but the header has \(width); quote cells that contain commas")
            return false
        }
        return true
    }
}
