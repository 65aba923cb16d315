import KinGraphCore

/// The records of an archive by id, for the diagram builders.
struct ArchiveLookup: Sendable {
    let archive: Archive
    let people: [String: Person]
    let events: [String: Event]
    let eventsByPerson: [String: [Event]]

    /// - Complexity: O(p + e).
    init(_ archive: Archive) {
        self.archive = archive
        people = Dictionary(archive.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        events = Dictionary(archive.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        eventsByPerson = Dictionary(grouping: archive.events, by: \.person)
    }

    /// The name shown for a person id: their name, or the id when unknown.
    func name(_ id: String) -> String { people[id]?.name ?? id }

    /// Title lines: the archive's title, the question, and the archive's date (the
    /// latest date among its sources).
    func title(_ question: DiagramQuestion) -> [String] {
        let dates = archive.sources.compactMap(\.date)
        let latest = dates.max { ($0.latest ?? $0.earliest ?? Day(ordinal: .min)) < ($1.latest ?? $1.earliest ?? Day(ordinal: .min)) }
        return [
            archive.title ?? "Untitled archive",
            question.text(name: name),
            latest.map { "Archive as of \($0.text)" } ?? "Archive undated",
        ]
    }

    /// "Sources: T-1, T-2" and the confidence, for tooltips.
    static func provenance(confidence: Confidence?, sources: [String]) -> [String] {
        var lines = ["Sources: " + (sources.isEmpty ? "none" : sources.joined(separator: ", "))]
        if let confidence { lines.append("Confidence: \(confidence.rawValue)") }
        return lines
    }

    /// Date order: dated events first, by date, then by id.
    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// `2014-03`, or "undated".
    static func dateText(_ date: FuzzyDate?) -> String { date?.text ?? "undated" }

    /// An event kind in words: `death-in-custody` → "death in custody".
    static func words(_ raw: String) -> String { String(raw.map { $0 == "-" ? " " : $0 }) }
}
