import KinGraphCore

/// `archive.csv` of a CSV folder: a header `format,title` and one row. It keeps what
/// the five record files cannot: the archive's title (and its format tag).
enum MetadataTable {
    static let header = ["format", "title"]

    /// The title, and the problems of the file (a wrong format tag, bad CSV).
    static func read(_ bytes: UnsafeRawBufferPointer) -> (title: String?, problems: [Problem]) {
        let name = CSVFolderReader.metadataFileName
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let (line, _) = UTF8Check.lineAndColumn(of: bad, in: bytes)
            return (nil, [Problem(.error, place: "\(name):\(line)", message: "not UTF-8 text")])
        }
        var scanner = CSVScanner(bytes)
        var header = CSVRow()
        var row = CSVRow()
        do {
            guard try scanner.nextRow(into: &header) else { return (nil, []) }
            while try scanner.nextRow(into: &row), row.isBlank {}
        } catch {
            return (nil, [Problem(.error, place: "\(name):\(error.line)", message: error.message)])
        }
        var title: String?
        var problems: [Problem] = []
        for index in 0..<header.count {
            switch trimmed(header.string(index, in: bytes))?.lowercased() {
            case "title":
                title = row.string(index, in: bytes)
            case "format":
                if let format = trimmed(row.string(index, in: bytes)), format != Archive.formatTag {
                    problems.append(
                        Problem(
                            .error, place: "\(name):\(row.line)",
                            message: "format '\(format)' is not '\(Archive.formatTag)'; this version reads only that format"))
                }
            default:
                continue
            }
        }
        return (title, problems)
    }
}
