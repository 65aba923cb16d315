import KinGraphCore

/// Diagrams of query answers, drawn from the archive as it may be published.
///
/// This is where redaction happens for diagrams: the archive is redacted once, here,
/// before any builder sees it (unless `revealProtected`), and every id in a query
/// result is mapped to its redacted id. Records below `minConfidence` are left out,
/// as the query did. Each diagram costs what it draws (see `ArchiveLookup`).
///
///     let diagrams = QueryDiagrams(archive: archive)
///     let diagram = diagrams.becauseOf(graph.becauseOf(person: p, scratch: &scratch), view: .people)
public struct QueryDiagrams: Sendable {
    /// Who is protected and their pseudonymous ids; `nil` when people are drawn as they are.
    let redactor: Redactor?
    /// The original id of each protected person, by pseudonymous id.
    let originalIDs: [String: String]
    let lookup: ArchiveLookup
    let people: PeopleDiagramBuilder
    let events: EventsDiagramBuilder

    /// - Complexity: O(p + t + e + l), once; each diagram then costs what it draws.
    public init(archive: Archive, revealProtected: Bool = false, minConfidence: Confidence = .hearsay) {
        let redactor = revealProtected ? nil : Redactor(archive)
        var originalIDs: [String: String] = [:]
        if let redactor {
            for person in archive.people where redactor.isProtected(person.id) {
                originalIDs[redactor.redactedID(for: person.id)] = person.id
            }
        }
        let drawn = redactor?.redact(archive) ?? archive
        self.init(lookup: ArchiveLookup(drawn, minConfidence: minConfidence), redactor: redactor, originalIDs: originalIDs)
    }

    /// Diagrams drawn from `graph` as it is: its archive is already redacted, or is to
    /// be shown in full. Nothing is copied or indexed again, so a server holding the
    /// graph of a large archive makes this at no cost.
    ///
    /// - Complexity: O(s) for s sources.
    public init(graph: ArchiveGraph, minConfidence: Confidence = .hearsay) {
        self.init(lookup: ArchiveLookup(graph: graph, minConfidence: minConfidence), redactor: nil, originalIDs: [:])
    }

    private init(lookup: ArchiveLookup, redactor: Redactor?, originalIDs: [String: String]) {
        self.lookup = lookup
        self.redactor = redactor
        self.originalIDs = originalIDs
        people = PeopleDiagramBuilder(lookup: lookup)
        events = EventsDiagramBuilder(lookup: lookup)
    }

    /// The id a person has in the drawn archive.
    func id(_ person: String) -> String { redactor?.redactedID(for: person) ?? person }

    /// Draws `people` (original ids) in the people view, or their events in the events view.
    func draw(
        people ids: [String], events eventIDs: [String], focus: String, question: DiagramQuestion, view: DiagramView,
        notes: [String: [String]] = [:]
    ) -> Diagram {
        let question = mapped(question)
        switch view {
        case .people:
            var mappedNotes: [String: [String]] = [:]
            for (person, lines) in notes { mappedNotes[id(person)] = lines }
            return people.diagram(people: ids.map(id), focus: id(focus), question: question, notes: mappedNotes)
        case .events:
            return events.diagram(events: eventIDs, focus: id(focus), question: question)
        }
    }

    /// Everyone drawn in `view`: the people view of everyone in the archive, or every event.
    /// With `focus`, only the people given (the focus's neighbourhood) and their events.
    public func neighborhood(people ids: [String], focus: String?, depth: Int?, view: DiagramView) -> Diagram {
        let question: DiagramQuestion = focus.map { .neighbors(person: $0, depth: depth ?? 1) } ?? .wholeArchive
        return draw(people: ids, events: eventIDs(of: ids), focus: focus ?? "", question: question, view: view)
    }

    /// The ids of the people (original ids) whose events are `events`.
    func peopleOf(_ events: some Sequence<String>) -> [String] {
        events.compactMap { id in
            lookup.graph.eventIndex(id).map { e in
                let person = lookup.graph.event(e).person
                return originalIDs[person] ?? person
            }
        }
    }

    /// The ids of every event of `people` (original ids), sorted.
    func eventIDs(of people: [String]) -> [String] {
        Set(people).flatMap { lookup.eventIDs(of: id($0)) }.sorted()
    }

    private func mapped(_ question: DiagramQuestion) -> DiagramQuestion {
        switch question {
        case .becauseOf(let p): return .becauseOf(person: id(p))
        case .implicated(let p, let depth): return .implicated(person: id(p), depth: depth)
        case .path(let a, let b): return .path(from: id(a), to: id(b))
        case .neighbors(let p, let depth): return .neighbors(person: id(p), depth: depth)
        case .timeline(let p): return .timeline(person: id(p))
        case .wholeArchive, .other: return question
        }
    }
}
