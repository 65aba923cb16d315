import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph neighbors PERSON`: everyone within N hops.
struct Neighbors: DrawnQueryCommand {
    static let configuration = CommandConfiguration(
        abstract: "Everyone within --depth hops of PERSON over ties (default \(NeighborsResult.defaultDepth)), with their distance.",
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

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> NeighborsResult {
        try graph.neighbors(
            person: try people.resolve(person), depth: depthOption.depth ?? NeighborsResult.defaultDepth,
            familyOnly: familyOnly, minConfidence: options.confidence, scratch: &scratch)
    }

    func text(_ answer: NeighborsResult, graph: ArchiveGraph) -> String { answer.text() }

    func diagram(of answer: NeighborsResult, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram {
        diagrams.neighbors(answer, view: view)
    }
}

extension NeighborsResult {
    /// A table of the people found, with their distance.
    func text() -> String {
        let over = familyOnly ? "family ties" : "ties"
        guard !results.isEmpty else {
            return "No one within \(count(depth, "hop", "hops")) of \(name) (\(person)) over \(over).\n"
        }
        let out = "\(count(results.count, "person", "people")) within \(count(depth, "hop", "hops")) of "
            + "\(name) (\(person)) over \(over)\n\n"
        var table = TextTable(["PERSON", "NAME", "HOPS"], rightAligned: [2])
        for r in results { table.add([r.person, r.name, "\(r.distance)"]) }
        return out + table.text
    }
}
