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
    public static func validate(_ archive: Archive, skipped: SkippedIDs = SkippedIDs()) -> [Problem] {
        var collector = ProblemCollector()
        let sourceIDs = IDIndex(archive.sources.map(\.id), kind: .source, into: &collector)
        let personIDs = IDIndex(archive.people.map(\.id), kind: .person, into: &collector)
        let eventIDs = IDIndex(archive.events.map(\.id), kind: .event, into: &collector)
        var check = ReferenceCheck(
            sources: sourceIDs, people: personIDs, events: eventIDs, skipped: skipped, collector: collector)
        check.run(archive)
        collector = check.collector
        findCycles(in: archive, events: eventIDs, into: &collector)
        return collector.sorted()
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

/// The ids of one record kind, mapped to the index of their first record.
struct IDIndex {
    let firstIndex: [String: Int32]

    /// Indexes `ids`, reporting every repeated id on the record that repeats it.
    init(_ ids: [String], kind: RecordKind, into collector: inout ProblemCollector) {
        var map: [String: Int32] = [:]
        map.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            if map[id] != nil {
                collector.add(
                    .error, RecordRef(kind, index), id: id, field: "id",
                    "duplicate \(kind.noun) id '\(id)': an earlier \(kind.noun) has it too")
            } else {
                map[id] = Int32(index)
            }
        }
        firstIndex = map
    }

    subscript(id: String) -> Int32? { firstIndex[id] }
}
