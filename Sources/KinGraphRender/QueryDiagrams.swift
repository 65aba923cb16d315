import KinGraphCore

/// Diagrams of query answers, drawn from the archive as it may be published.
///
/// This is where redaction happens for diagrams: the archive is redacted once, here,
/// before any builder sees it (unless `revealProtected`), and every id in a query
/// result is mapped to its redacted id. Records below `minConfidence` are dropped
/// first, as the query did.
///
///     let diagrams = QueryDiagrams(archive: archive)
///     let diagram = diagrams.becauseOf(graph.becauseOf(person: p, scratch: &scratch), view: .people)
public struct QueryDiagrams: Sendable {
    let redactor: Redactor
    let reveal: Bool
    let people: PeopleDiagramBuilder
    let events: EventsDiagramBuilder
    /// Events by id in the original archive, to find whose an event is.
    let eventPerson: [String: String]

    /// - Complexity: O(p + t + e + l).
    public init(archive: Archive, revealProtected: Bool = false, minConfidence: Confidence = .hearsay) {
        let kept = QueryDiagrams.filtered(archive, minConfidence: minConfidence)
        redactor = Redactor(archive)
        reveal = revealProtected
        let drawn = revealProtected ? kept : redactor.redact(kept)
        people = PeopleDiagramBuilder(archive: drawn)
        events = EventsDiagramBuilder(archive: drawn)
        eventPerson = Dictionary(archive.events.map { ($0.id, $0.person) }, uniquingKeysWith: { first, _ in first })
    }

    /// The id a person has in the drawn archive.
    func id(_ person: String) -> String { reveal ? person : redactor.redactedID(for: person) }

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
        let chosen = Set(ids)
        let eventIDs = eventPerson.filter { chosen.contains($0.value) }.map(\.key).sorted()
        return draw(people: ids, events: eventIDs, focus: focus ?? "", question: question, view: view)
    }

    /// The ids of the people whose events are `events`.
    func peopleOf(_ events: some Sequence<String>) -> [String] {
        events.compactMap { eventPerson[$0] }
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

    /// `archive` without the ties, events and links below `minConfidence` (and links
    /// whose events were dropped).
    static func filtered(_ archive: Archive, minConfidence: Confidence) -> Archive {
        guard minConfidence > .hearsay else { return archive }
        var kept = archive
        kept.ties = archive.ties.filter { $0.effectiveConfidence >= minConfidence }
        kept.events = archive.events.filter { $0.effectiveConfidence >= minConfidence }
        let events = Set(kept.events.map(\.id))
        kept.links = archive.links.filter {
            $0.effectiveConfidence >= minConfidence && events.contains($0.cause) && events.contains($0.effect)
        }
        return kept
    }
}
