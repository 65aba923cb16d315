import ArgumentParser
import KinGraphCore

/// `kingraph because-of PERSON`: who was punished because of PERSON.
struct BecauseOf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "because-of",
        abstract: "Who was punished because of PERSON: every punitive event reached by links from their events.",
        discussion: """
            Starts from every event of PERSON and follows links from cause to effect. Each \
            punitive event of someone else that is reached is listed with the shortest chain \
            of events and links that reaches it, and the sources of each step; ordered by \
            chain length, then date, then id.

            Example:
              kingraph because-of P-0001 --archive graphs/sample.json
              kingraph because-of "Pak Yong-myong" --min-confidence corroborated
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
        let answer = graph.becauseOf(
            person: people[0], minConfidence: options.confidence, scratch: &scratch)
        try options.print(answer) { answer.text(ChainText(graph: graph)) }
        try diagram.draw(graph.archive, minConfidence: options.confidence) { $0.becauseOf(answer, view: $1) }
    }
}
