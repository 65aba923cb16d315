import ArgumentParser
import KinGraphCore

/// `kingraph implicated PERSON`: which relatives one escape implicated.
struct Implicated: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which relatives PERSON's escapes implicated: punished, unlinked or at risk.",
        discussion: """
            The escapes are PERSON's escape-attempt and defection events (or just --event). \
            Every relative within --depth family hops (default 3) is punished (a punitive \
            event reached from an escape by links), unlinked (a punitive event not dated \
            before the earliest escape, with no link from it: a lead) or at-risk. People \
            punished through links who are not relatives are listed as others.

            Example:
              kingraph implicated P-0001 --archive graphs/sample.json
              kingraph implicated P-0001 --depth 2 --event E-0001 --json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @OptionGroup var depthOption: DepthOption
    @Option(name: .long, help: ArgumentHelp("Start from this escape of PERSON only.", valueName: "event"))
    var event: String?
    @Argument(help: "A person id, or a name, hangul or alias (romanisation variants match).")
    var person: String

    func run() throws {
        _ = try diagram.destination()
        let (graph, people) = try options.graph(archiveOptions, people: [person])
        let who = people[0]
        let escape = try event.map { id throws(QueryError) in
            guard let e = graph.eventIndex(id) else { throw QueryError.unknownEvent(id) }
            return e
        }
        var scratch = GraphScratch()
        let answer = try graph.implicated(
            person: who, depth: depthOption.depth ?? 3, event: escape, minConfidence: options.confidence,
            scratch: &scratch)
        try options.print(answer) { answer.text(ChainText(graph: graph)) }
        try diagram.draw(graph.archive, minConfidence: options.confidence) { $0.implicated(answer, view: $1) }
    }
}
