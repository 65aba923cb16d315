import ArgumentParser
import KinGraphCore

/// `kingraph timeline PERSON`: their events and the events linked to them.
struct Timeline: ParsableCommand {
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

    func run() throws {
        _ = try diagram.destination()
        let (graph, people) = try options.graph(archiveOptions, people: [person])
        var scratch = GraphScratch()
        let answer = graph.timeline(
            person: people[0], minConfidence: options.confidence, scratch: &scratch)
        try options.print(answer) { answer.text() }
        try diagram.draw(graph.archive, minConfidence: options.confidence, defaultView: .events) {
            $0.timeline(answer, view: $1)
        }
    }
}
