import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph timeline PERSON`: their events and the events linked to them.
struct Timeline: DrawnQueryCommand {
    static let configuration = CommandConfiguration(
        abstract: "PERSON's events and every event linked to them, in date order, with sources.",
        discussion: """
            Example:
              kingraph timeline P-0002 --archive graphs/sample.json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @Argument(help: "A person id, or a name, hangul or alias (romanisation variants match).")
    var person: String

    static var defaultView: DiagramView { .events }

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> TimelineResult {
        graph.timeline(person: try people.resolve(person), minConfidence: options.confidence, scratch: &scratch)
    }

    func text(_ answer: TimelineResult, graph: ArchiveGraph) -> String { answer.text() }

    func diagram(of answer: TimelineResult, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram {
        diagrams.timeline(answer, view: view)
    }
}

extension TimelineResult {
    /// One row per event in date order, with whose it is, its sources and its links.
    func text() -> String {
        guard !events.isEmpty else { return "No events of \(name) (\(person)).\n" }
        let out = "Timeline of \(name) (\(person)): \(count(events.count, "event", "events"))\n\n"
        var table = TextTable(["DATE", "EVENT", "KIND", "PERSON", "PLACE", "SOURCES", "LINKS"])
        for e in events {
            let who = e.person == person ? e.person : "\(e.person) \(e.name)"
            let place = [e.place, e.country].compactMap { $0 }.joined(separator: ", ")
            let links =
                e.causes.map { "← \($0.kind.rawValue) \($0.event)" } + e.effects.map { "→ \($0.kind.rawValue) \($0.event)" }
            table.add([
                e.date?.text ?? "undated", e.event, e.kind.rawValue, who, place, e.sources.joined(separator: ", "),
                links.joined(separator: "; "),
            ])
        }
        return out + table.text
    }
}
