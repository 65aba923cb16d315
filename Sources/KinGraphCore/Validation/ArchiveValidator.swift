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
    /// - Complexity: O(n + m) expected, for n records and m references (hash lookups).
    ///   The id tables are built, and the record kinds checked, concurrently.
    public static func validate(_ archive: Archive, skipped: SkippedIDs = SkippedIDs()) -> [Problem] {
        let tables = Slots<IDIndex>(count: 3)
        let tableProblems = Slots<ProblemCollector>(count: 3)
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            var collector = ProblemCollector()
            switch part {
            case 0: tables[part] = IDIndex(archive.sources.map(\.id), kind: .source, into: &collector)
            case 1: tables[part] = IDIndex(archive.people.map(\.id), kind: .person, into: &collector)
            default: tables[part] = IDIndex(archive.events.map(\.id), kind: .event, into: &collector)
            }
            tableProblems[part] = collector
        }
        guard let sourceIDs = tables[0], let personIDs = tables[1], let eventIDs = tables[2] else { return [] }
        let kinds = RecordKind.allCases
        let checked = Slots<ProblemCollector>(count: kinds.count + 1)
        DispatchQueue.concurrentPerform(iterations: kinds.count + 1) { part in
            guard part < kinds.count else {
                var collector = ProblemCollector()
                findCycles(in: archive, events: eventIDs, into: &collector)
                checked[part] = collector
                return
            }
            var check = ReferenceCheck(
                sources: sourceIDs, people: personIDs, events: eventIDs, skipped: skipped, collector: ProblemCollector())
            check.run(archive, kind: kinds[part])
            checked[part] = check.collector
        }
        var all = ProblemCollector()
        for collector in tableProblems.values + checked.values { all.merge(collector) }
        return all.sorted()
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
