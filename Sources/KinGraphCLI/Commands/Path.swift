import ArgumentParser
import KinGraphCore

/// `kingraph path A B`: how two people are connected.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How two people are connected: a shortest path over ties, in either direction.",
        discussion: """
            Prints the people along a shortest path and the kind of each tie; among equally \
            short paths, the one with the smallest ids. No connection is not an error.

            Example:
              kingraph path P-0015 P-0066 --archive graphs/sample.json
              kingraph path P-0015 P-0066 --family-only
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @Flag(name: .long, help: "Follow family ties only (parent, spouse, sibling, relative).")
    var familyOnly = false
    @Argument(help: "Where the path starts: a person id or a name.")
    var from: String
    @Argument(help: "Where it ends: a person id or a name.")
    var to: String

    func run() throws {
        _ = try diagram.destination()
        let (graph, people) = try options.graph(archiveOptions, people: [from, to])
        let a = people[0], b = people[1]
        var scratch = GraphScratch()
        let answer = graph.path(
            from: a, to: b, familyOnly: familyOnly, minConfidence: options.confidence, scratch: &scratch)
        try options.print(answer) { answer.text(ChainText(graph: graph)) }
        try diagram.draw(graph.archive, minConfidence: options.confidence) { $0.path(answer, view: $1) }
    }
}
