import ArgumentParser
import KinGraphCore

/// `kingraph neighbors PERSON`: everyone within N hops.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Everyone within --depth hops of PERSON over ties (default 1), with their distance.",
        discussion: """
            Example:
              kingraph neighbors P-0001 --archive graphs/sample.json
              kingraph neighbors P-0001 --depth 3 --family-only
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @OptionGroup var depthOption: DepthOption
    @Flag(name: .long, help: "Follow family ties only (parent, spouse, sibling, relative).")
    var familyOnly = false
    @Argument(help: "A person id, or a name, hangul or alias (romanisation variants match).")
    var person: String

    func run() throws {
        _ = try diagram.destination()
        let (graph, people) = try options.graph(archiveOptions, people: [person])
        var scratch = GraphScratch()
        let answer = try graph.neighbors(
            person: people[0], depth: depthOption.depth ?? 1, familyOnly: familyOnly,
            minConfidence: options.confidence, scratch: &scratch)
        try options.print(answer) { answer.text() }
        try diagram.draw(graph.archive, minConfidence: options.confidence) { $0.neighbors(answer, view: $1) }
    }
}
