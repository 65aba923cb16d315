import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph path A B`: how two people are connected.
struct Path: DrawnQueryCommand {
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

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> PathResult {
        let a = try people.resolve(from), b = try people.resolve(to)
        return graph.path(from: a, to: b, familyOnly: familyOnly, minConfidence: options.confidence, scratch: &scratch)
    }

    func text(_ answer: PathResult, graph: ArchiveGraph) -> String { answer.text(ChainText(graph: graph)) }

    func diagram(of answer: PathResult, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram {
        diagrams.path(answer, view: view)
    }
}

extension PathResult {
    /// The people one per line, with the kind of each tie between them.
    func text(_ chains: ChainText) -> String {
        let ends = "\(chains.person(from)) and \(chains.person(to))"
        guard let path, let ties else {
            return "No connection between \(ends)" + (familyOnly ? " over family ties" : "") + ".\n"
        }
        if path.count == 1 { return "\(chains.person(from)) is the same person: a path of length 0.\n" }
        var out = "Shortest path between \(ends): \(count(ties.count, "tie", "ties"))\n\n"
        let width = path.map(\.count).max() ?? 0
        for (i, id) in path.enumerated() {
            let name = chains.graph.personIndex(id).map { chains.graph.person($0).name } ?? ""
            out += "  " + id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + name + "\n"
            if i < ties.count { out += "  │ " + ties[i].rawValue + "\n" }
        }
        return out
    }
}
