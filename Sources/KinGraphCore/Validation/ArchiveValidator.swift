import Dispatch

/// Checks an archive's records against each other: duplicate ids, references to ids
/// that do not exist, self-ties, records without sources, causes dated after their
/// effects (a warning) and cycles of links. Pure: no I/O, no global state.
///
/// Missing required fields and malformed values are the readers' business; the
/// validator sees records that were read. Problems carry `record` (kind and index)
/// and a JSON-path `place` such as `ties[2].to`, which a reader may replace by its
/// own (a CSV file and line).
///
///     let problems = ArchiveValidator.validate(archive)
///     let isValid = !problems.contains(where: \.isError)
public enum ArchiveValidator {
    /// Ids of records that exist in the input but could not be read (for example an
    /// event of an unknown kind). References to them are not reported again.
    public struct SkippedIDs: Sendable, Equatable {
        public var sources: Set<String> = []
        public var people: Set<String> = []
        public var events: Set<String> = []
        /// Kinds whose records could not be read at all (a missing or broken file):
        /// references to them are not checked.
        public var unreadable: Set<RecordKind> = []
        public init() {}
    }

    /// Every problem of `archive`, sorted by record kind, index, field and message.
    ///
    /// - Complexity: O(n + m) expected, for n records and m references (see `check`).
    public static func validate(_ archive: Archive, skipped: SkippedIDs = SkippedIDs()) -> [Problem] {
        check(archive, skipped: skipped).problems
    }

    /// Every problem of `archive` (as `validate` gives them), and the archive with its
    /// references resolved, ready for `ArchiveGraph(_:)` when there is no error.
    ///
    /// - Complexity: O(n + m) expected, for n records and m references: one id table
    ///   per kind, one lookup per reference. The tables are built, and the records
    ///   checked, concurrently.
    /// `sourcesChecked` is a reader's shortcut, an input of this stage: the kinds whose
    /// `sources` the reader already checked as this would (the CSV reader does, while
    /// each row is at hand: `SourceCheck`), which are then not checked again.
    public static func check(
        _ archive: Archive, skipped: SkippedIDs = SkippedIDs(), sourcesChecked: Set<RecordKind> = []
    ) -> (problems: [Problem], resolved: ResolvedArchive) {
        let tables = IDTables(archive)
        var all = ProblemCollector()
        for (kind, repeated) in [
            (RecordKind.source, tables.duplicateSources), (.person, tables.duplicatePeople),
            (.event, tables.duplicateEvents),
        ] {
            for (index, id) in repeated {
                all.add(
                    .error, RecordRef(kind, index), id: id, field: "id",
                    "duplicate \(kind.noun) id '\(id)': an earlier \(kind.noun) has it too")
            }
        }
        let parts = ValidationPart.parts(of: archive, pieces: 4, skipPeople: sourcesChecked.contains(.person))
        let checked = Slots<ProblemCollector>(count: parts.count)
        let references = ResolvedOutput.resolve(archive) { output in
            DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                var check = ReferenceCheck(tables: tables, skipped: skipped, sourcesChecked: sourcesChecked, output: output)
                check.run(archive, part: parts[index])
                if case .links = parts[index] {
                    findCycles(
                        in: archive, causes: UnsafeBufferPointer(output.linkCause),
                        effects: UnsafeBufferPointer(output.linkEffect), into: &check.collector)
                }
                checked[index] = check.collector
            }
        }
        for collector in checked.values { all.merge(collector) }
        let resolved = ResolvedArchive(archive: archive, tables: tables, references: references)
        return (all.sorted(), resolved)
    }
}

/// Problems found so far, with a deterministic order.
struct ProblemCollector {
    private(set) var problems: [Problem] = []

    mutating func add(
        _ severity: Problem.Severity, _ record: RecordRef, id: String?, field: String?, _ message: String
    ) {
        let place = field.map { "\(record).\($0)" } ?? record.description
        problems.append(
            Problem(severity, place: place, recordID: id, message: message, record: record, field: field))
    }

    mutating func merge(_ other: ProblemCollector) {
        problems += other.problems
    }

    func sorted() -> [Problem] {
        problems.sorted { a, b in
            let ra = a.record ?? RecordRef(.source, -1), rb = b.record ?? RecordRef(.source, -1)
            if ra != rb { return ra < rb }
            if a.field != b.field { return (a.field ?? "") < (b.field ?? "") }
            if a.severity != b.severity { return a.severity == .error }
            return a.message < b.message
        }
    }
}

/// Results of concurrent work, one slot per task; each task writes only its own slot.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// The values written, in slot order.
    var values: [Value] { (0..<count).compactMap { storage[$0] } }
}
