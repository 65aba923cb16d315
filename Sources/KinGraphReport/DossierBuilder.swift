import KinGraphCore
import KinGraphFormats
import KinGraphRender

/// Gathers a dossier from the archive as it may be published: the people in scope,
/// each one's facts, timeline, causal chains told as steps, and the family and
/// events diagrams drawn by the existing renderer.
///
/// Redaction happens before this: `graph` is built on the redacted archive (unless
/// the user revealed protected people), and the diagrams are drawn from it through
/// `QueryDiagrams` as `--diagram` draws them, so pseudonyms are exactly those of the
/// diagrams. Only the part of the archive the diagrams show is handed to
/// `QueryDiagrams` (with every source, for the "as of" date), which keeps a case
/// of a million-person archive quick.
///
///     let builder = DossierBuilder(graph: graph, date: "2026-12-02")
///     let dossier = try builder.build(.person("P-0001"))
public struct DossierBuilder: Sendable {
    let graph: ArchiveGraph
    let renderer: any DiagramRendering
    let revealed: Bool
    let date: String
    /// Most victim sections a dossier may have.
    let maxPeople: Int

    public init(
        graph: ArchiveGraph, renderer: any DiagramRendering = GraphvizRenderer(),
        revealed: Bool = false, date: String, maxPeople: Int = 300
    ) {
        self.graph = graph
        self.renderer = renderer
        self.revealed = revealed
        self.date = date
        self.maxPeople = maxPeople
    }

    /// The people `scope` covers, in the order their sections come, and the scope in words.
    ///
    /// - Throws: `ReportError.unknownCase`, or `.tooLarge` past `maxPeople`.
    public func people(in scope: ReportScope) throws(ReportError) -> (ids: [String], text: String) {
        var ids: [String] = []
        let text: String
        switch scope {
        case .person(let id):
            guard let p = graph.personIndex(id) else { throw .unknownPerson(id) }
            var scratch = GraphScratch()
            let answer = graph.becauseOf(person: p, scratch: &scratch)
            ids = [id] + answer.results.map(\.person)
            text = "\(answer.name) (\(id)) and the \(count(answer.results.count, "person", "people")) punished because of them"
        case .caseID(let c):
            let events = graph.archive.events.filter { $0.caseID == c }.sorted(by: ReportIndex.precedes)
            guard !events.isEmpty else {
                let known = Set(graph.archive.events.compactMap(\.caseID)).filter { !$0.isEmpty }.sorted()
                throw .unknownCase(c, known: known)
            }
            var seen = Set<String>()
            ids = events.map(\.person).filter { seen.insert($0).inserted }
            text = "Case \(c): \(count(ids.count, "person", "people")), \(count(events.count, "event", "events"))"
        case .all:
            // Counted on the graph, so that a dossier too large is refused at once.
            for p in 0..<Int32(graph.personCount) where graph.events(of: p).contains(where: { graph.event($0).kind.isPunitive }) {
                ids.append(graph.person(p).id)
            }
            text = "The whole archive: \(count(ids.count, "person", "people")) punished"
        }
        if ids.count > maxPeople { throw .tooLarge(people: ids.count, limit: maxPeople) }
        return (ids, text)
    }

    /// The dossier for `scope`.
    public func build(_ scope: ReportScope) throws(ReportError) -> Dossier {
        let (ids, text) = try people(in: scope)
        let index = ReportIndex(ReportIndex.chainPart(of: ids, in: graph))
        let narrator = StepNarrator(index: index)
        var scratch = GraphScratch()
        // The answers drawn, and everyone they show.
        var answers: [(id: String, person: Person, timeline: TimelineResult, family: NeighborsResult?)] = []
        var shown = Set<String>()
        for id in ids {
            guard let p = graph.personIndex(id), let person = index.people[id] else { continue }
            let timeline = graph.timeline(person: p, scratch: &scratch)
            let family = try? graph.neighbors(person: p, depth: 1, familyOnly: true, scratch: &scratch)
            answers.append((id, person, timeline, family))
            shown.insert(id)
            shown.formUnion(timeline.events.map(\.person))
            shown.formUnion(family?.results.map(\.person) ?? [])
        }
        var part = graph.archive.restricted(toPeople: shown)
        part.sources = graph.archive.sources
        let diagrams = QueryDiagrams(archive: part, revealProtected: revealed)
        var sections: [VictimSection] = []
        for (n, (id, person, timeline, family)) in answers.enumerated() {
            let punitive = index.punitiveEvents(of: id).map(\.kind.rawValue)
            var seen = Set<String>()
            let role: String
            if case .person = scope, n == 0 {
                role = "The person this dossier is about"
            } else {
                role = punitive.isEmpty ? "No punitive event recorded" : "Punished: " + punitive.filter { seen.insert($0).inserted }.joined(separator: ", ")
            }
            sections.append(VictimSection(
                person: person, role: role, timeline: timeline.events,
                chains: index.chains(endingAt: id).map(narrator.steps),
                familyDiagram: family.map { svg(diagrams.neighbors($0, view: .people)) } ?? "",
                eventsDiagram: svg(diagrams.timeline(timeline, view: .events))))
        }
        let protected = graph.archive.people.filter(\.isProtected).count
        let inSections = sections.filter(\.person.isProtected).count
        let redaction = revealed
            ? "NOT REDACTED: the \(count(protected, "protected person", "protected people")) of the archive appear under their own names. Do not let this file leave the archive."
            : "\(count(protected, "protected person", "protected people")) of the archive (\(inSections) in this dossier's sections) appear only as “Protected person N”, the same pseudonyms as in KinGraph's diagrams: their names, hangul, aliases, sex, birth dates and homes, and the places and facilities of their events, are left out. Sources are cited by id, kind, date and title, never by the interviewee's name."
        var statistics: StatsResult?
        if case .all = scope { statistics = graph.stats() }
        return Dossier(
            title: graph.archive.title ?? "KinGraph archive", scope: text, date: date, redaction: redaction,
            revealed: revealed, summary: sections.map { summaryRow($0, index) }, sections: sections, statistics: statistics,
            sources: index.sources)
    }

    /// The summary line of a section: status, and where and when the first punitive
    /// event (else the first event) happened.
    func summaryRow(_ section: VictimSection, _ index: ReportIndex) -> SummaryRow {
        let id = section.person.id
        let event = index.punitiveEvents(of: id).first ?? index.eventsOf[id]?.first.flatMap { index.events[$0] }
        let place = [event?.place, event?.country].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        return SummaryRow(
            person: id, name: section.person.name, status: section.person.status?.rawValue ?? "unknown",
            place: place.isEmpty ? "unknown" : place, date: event?.date?.text ?? "unknown")
    }

    /// The diagram as inline SVG, or a sentence saying why it is left out.
    func svg(_ diagram: Diagram) -> String {
        do {
            let output = try renderer.render(diagram, format: .svg, layout: .dot, force: false)
            let text = String(decoding: output.bytes, as: UTF8.self)
            guard let start = text.range(of: "<svg") else { return "" }
            return String(text[start.lowerBound...])
        } catch {
            return "<p class=\"note\">Diagram left out: \(HTMLText.escape(error.description))</p>"
        }
    }

    private func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
