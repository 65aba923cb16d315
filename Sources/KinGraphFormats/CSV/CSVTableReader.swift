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
    /// Reads the file at `path` as the file of `kind`, decoding each row with
    /// `decode`. The file is read a chunk at a time; a file that is not all UTF-8
    /// gives that one problem and no records.
    ///
    /// - Complexity: O(bytes), one pass; strings are made only for the fields read.
    /// A record whose sources are all among `knownSources` (the source ids read
    /// first) skips `sourceCheck`;
    /// `sourceCheck` checks the sources of each record read.
    static func read<Record: SourcedRecord>(
        _ files: CSVFiles, kind: RecordKind, fileName: String, knownSources: IDTable? = nil,
        sourceCheck: SourceCheck? = nil,
        decode: (inout RecordDecoder, inout CSVRowSource) -> Record?
    ) throws(IOFailure) -> CSVTable<Record> {
        var stream = try files.stream(fileName)
        defer { stream.closeFile() }
        let table = read(
            &stream, kind: kind, fileName: fileName, knownSources: knownSources, sourceCheck: sourceCheck, decode: decode)
        if case .io(let failure)? = table.failure { throw failure }
        try stream.checkRest()
        guard stream.hasInvalidUTF8 else { return table.table }
        return try notUTF8(files.bytes(fileName), kind: kind, fileName: fileName)
    }

    /// The table of a file that is not all UTF-8: where the first bad byte is.
    private static func notUTF8<Record>(_ bytes: [UInt8], kind: RecordKind, fileName: String) -> CSVTable<Record> {
        var table = CSVTable<Record>()
        table.complete = false
        bytes.withUnsafeBytes { bytes in
            guard let bad = UTF8Check.firstInvalidOffset(bytes) else { return }
            let (line, column) = UTF8Check.lineAndColumn(of: bad, in: bytes)
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            table.findings.append(
                Finding(
                    order: (kind.rawValue, line),
                    problem: Problem(
                        .error, place: "\(fileName):\(line)",
                        message: "not UTF-8 text (byte 0x\(byte) at column \(column)); save the file as CSV UTF-8")))
        }
        return table
    }

    private static func read<Record: SourcedRecord>(
        _ stream: inout CSVStream, kind: RecordKind, fileName: String, knownSources: IDTable?,
        sourceCheck: SourceCheck?,
        decode: (inout RecordDecoder, inout CSVRowSource) -> Record?
    ) -> (table: CSVTable<Record>, failure: CSVStream.Failure?) {
        var table = CSVTable<Record>()
        table.complete = false
        let order = kind.rawValue
        var header = CSVRow()
        var source = CSVRowSource(bytes: stream.bytes, fileName: fileName, fileOrder: order, columns: [])
        do throws(CSVStream.Failure) {
            guard try stream.nextRow(into: &header), !header.isBlank else {
                let names = kind.fields.map(\.name).joined(separator: ",")
                source.report(.error, line: 0, recordID: nil, "the file is empty; it needs a header row such as \(names)")
                table.findings = source.findings
                return (table, nil)
            }
        } catch {
            guard case .syntax(let error) = error else { return (table, error) }
            source.report(.error, line: error.line, recordID: nil, error.message)
            table.findings = source.findings
            return (table, nil)
        }
        let (columns, headerOK) = mapHeader(header, bytes: stream.bytes, kind: kind, source: &source)
        source = CSVRowSource(
            bytes: stream.bytes, fileName: fileName, fileOrder: order, columns: columns, findings: source.findings,
            knownSources: knownSources)
        var decoder = RecordDecoder()
        let width = header.count
        // A guess from short rows (blank lines, junk) must not reserve more than 256 MiB.
        let expected = min(estimatedRows(stream), (256 << 20) / MemoryLayout<Record>.stride)
        table.records.reserveCapacity(expected)
        table.lines.reserveCapacity(expected)
        /// Decodes the row in `source.row`.
        func take() {
            if source.row.isBlank { return }
            source.recordID = nil
            let id = source.trimmedCell(.id)
            source.recordID = id
            guard headerOK, rowFits(&source, width: width, id: id) else {
                if let id { table.skipped.insert(id) }
                return
            }
            source.sourcesAreKnown = false
            if let record = decode(&decoder, &source) {
                let index = table.records.count
                table.records.append(consume record)
                table.lines.append(Int32(clamping: source.row.line))
                if let sourceCheck, !source.sourcesAreKnown {
                    sourceCheck.check(
                        table.records[index].sources, kind: kind, index: index, id: table.records[index].problemID,
                        line: source.row.line, fileName: fileName, into: &source.findings)
                }
            } else if let id = decoder.lastID {
                table.skipped.insert(id)
            }
        }
        while true {
            let scan: CSVScanner.Scan
            do throws(CSVStream.Failure) {
                scan = try stream.scanRow(into: &source.row)
            } catch {
                guard case .syntax(let error) = error else { return (table, error) }
                source.report(.error, line: error.line, recordID: nil, error.message)
                table.findings = source.findings
                return (table, nil)
            }
            if scan == .end { break }
            if scan == .row {
                take()
            } else {
                do throws(CSVStream.Failure) { try stream.readMore() } catch { return (table, error) }
                source.bytes = stream.bytes
            }
        }
        table.findings = source.findings
        table.complete = headerOK
        return (table, nil)
    }

    /// About how many rows follow, from the length of the next (up to) 64 rows, so
    /// the record arrays are allocated once.
    private static func estimatedRows(_ stream: CSVStream) -> Int {
        var probe = stream.peekScanner
        var row = CSVRow()
        let start = probe.offset
        var rows = 0
        while rows < 64, (try? probe.scanRow(into: &row)) == .row { rows += 1 }
        let sampled = probe.offset - start
        guard rows > 0, sampled > 0 else { return 0 }
        return stream.remainingBytes / sampled * rows + rows
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
