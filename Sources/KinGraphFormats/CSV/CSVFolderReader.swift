import Dispatch
import KinGraphCore

/// Reads the CSV-folder form of an archive: `sources.csv`, `people.csv`, `ties.csv`,
/// `events.csv`, `links.csv` (all required) and `archive.csv` (optional: format and
/// title). The five files are read and parsed at the same time.
enum CSVFolderReader {
    /// The name of the optional file holding the archive's format tag and title.
    static let metadataFileName = "archive.csv"

    /// Reads the folder at `path`. Problems carry places like `people.csv:14`.
    ///
    /// - Complexity: O(total bytes): `sources.csv` first (its ids check every other
    ///   record's sources as the row is read), then the other files concurrently, the
    ///   largest first.
    static func read(folder path: String, limits: ReadLimits = .standard) -> ReadResult {
        read(.folder(path, limit: limits.maxFileBytes))
    }

    /// Reads the files `contents` gives by name (a missing one fails with `isMissing`).
    ///
    /// - Complexity: O(total bytes), as `read(folder:)`.
    static func read(_ contents: @escaping @Sendable (String) throws(IOFailure) -> [UInt8]) -> ReadResult {
        read(.memory(contents))
    }

    /// Reads the archive's files from `files`.
    private static func read(_ files: CSVFiles) -> ReadResult {
        let slots = Slots()
        read(.source, from: files, into: slots, knownSources: nil, sourceCheck: nil)
        let knownSources = IDTable(.sources(slots.sources.records))
        let sourceCheck = SourceCheck(
            sources: slots.sources.complete ? knownSources : nil, skipped: slots.sources.skipped)
        let rest: [RecordKind?] = [.tie, .person, .event, .link, nil]
        DispatchQueue.concurrentPerform(iterations: rest.count) { index in
            guard let kind = rest[index] else {
                slots.title = readMetadata(files)
                return
            }
            read(kind, from: files, into: slots, knownSources: knownSources, sourceCheck: sourceCheck)
        }
        var findings = slots.title.findings
        findings += slots.sources.findings + slots.people.findings + slots.ties.findings
        findings += slots.events.findings + slots.links.findings
        let archive = Archive(
            title: slots.title.title, sources: slots.sources.records, people: slots.people.records,
            ties: slots.ties.records, events: slots.events.records, links: slots.links.records)
        var skipped = ArchiveValidator.SkippedIDs()
        skipped.sources = slots.sources.skipped
        skipped.people = slots.people.skipped
        skipped.events = slots.events.skipped
        if !slots.sources.complete { skipped.unreadable.insert(.source) }
        if !slots.people.complete { skipped.unreadable.insert(.person) }
        if !slots.events.complete { skipped.unreadable.insert(.event) }
        let lines = [slots.sources.lines, slots.people.lines, slots.ties.lines, slots.events.lines, slots.links.lines]
        // Each row's sources were checked as it was read (SourceCheck).
        return ReadResult(
            archive: archive, findings: findings, skipped: skipped, sourcesChecked: [.person, .tie, .event, .link]
        ) { record, _ in
            let kind = record.kind
            let recordLines = lines[kind.rawValue]
            let line = record.index < recordLines.count ? Int(recordLines[record.index]) : 0
            return (order: (kind.rawValue, line), place: "\(kind.fileName):\(line)")
        }
    }

    /// Reads the file of `kind` into its slot; `sourceCheck` checks each record's sources.
    private static func read(
        _ kind: RecordKind, from files: CSVFiles, into slots: Slots, knownSources: IDTable?,
        sourceCheck: SourceCheck?
    ) {
        let fileName = kind.fileName
        do throws(IOFailure) {
            switch kind {
            case .source:
                slots.sources = try CSVTableReader.read(files, kind: kind, fileName: fileName) { $0.source(&$1) }
            case .person:
                slots.people = try CSVTableReader.read(
                    files, kind: kind, fileName: fileName, knownSources: knownSources,
                    sourceCheck: sourceCheck
                ) { $0.person(&$1) }
            case .tie:
                slots.ties = try CSVTableReader.read(
                    files, kind: kind, fileName: fileName, knownSources: knownSources,
                    sourceCheck: sourceCheck
                ) { $0.tie(&$1) }
            case .event:
                slots.events = try CSVTableReader.read(
                    files, kind: kind, fileName: fileName, knownSources: knownSources,
                    sourceCheck: sourceCheck
                ) { $0.event(&$1) }
            case .link:
                slots.links = try CSVTableReader.read(
                    files, kind: kind, fileName: fileName, knownSources: knownSources,
                    sourceCheck: sourceCheck
                ) { $0.link(&$1) }
            }
        } catch {
            let message =
                error.isMissing
                ? "missing file; a CSV archive is a folder holding sources.csv, people.csv, ties.csv, events.csv and links.csv"
                : "cannot be read: \(error.reason)"
            let failure = [Finding(order: (kind.rawValue, 0), problem: Problem(.error, place: fileName, message: message))]
            switch kind {
            case .source: slots.sources = CSVTable(findings: failure, complete: false)
            case .person: slots.people = CSVTable(findings: failure, complete: false)
            case .tie: slots.ties = CSVTable(findings: failure, complete: false)
            case .event: slots.events = CSVTable(findings: failure, complete: false)
            case .link: slots.links = CSVTable(findings: failure, complete: false)
            }
        }
    }

    /// Reads `archive.csv`, when present: a header `format,title` and one row.
    private static func readMetadata(_ files: CSVFiles) -> (title: String?, findings: [Finding]) {
        let order = (-1, 0)
        do throws(IOFailure) {
            let bytes = try files.bytes(metadataFileName)
            return bytes.withUnsafeBytes { buffer in
                let table = MetadataTable.read(buffer)
                return (table.title, table.problems.map { Finding(order: order, problem: $0) })
            }
        } catch {
            if error.isMissing { return (nil, []) }
            return (nil, [Finding(order: order, problem: Problem(.error, place: metadataFileName, message: "cannot be read: \(error.reason)"))])
        }
    }

    /// The results of the concurrent reads, one slot per file; each task writes only its own.
    private final class Slots: @unchecked Sendable {
        var sources = CSVTable<Source>()
        var people = CSVTable<Person>()
        var ties = CSVTable<Tie>()
        var events = CSVTable<Event>()
        var links = CSVTable<Link>()
        var title: (title: String?, findings: [Finding]) = (nil, [])
    }
}
