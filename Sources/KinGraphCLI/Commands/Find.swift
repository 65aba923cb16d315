import ArgumentParser
import KinGraphCore

/// `kingraph find NAME`: people whose name matches.
struct Find: QueryCommand {
    static let configuration = CommandConfiguration(
        abstract: "People whose name, hangul or alias matches NAME, best match first.",
        discussion: """
            Case, spaces and hyphens are ignored, hangul is read as its romanisation, and \
            the usual spellings meet: Chol/Cheol/Chul, Kim/Gim, Ri/Lee/Yi/Rhee, Pak/Park, \
            Choe/Choi, Jong/Jung/Chong, Hyon/Hyun, Yong/Young, O/Oh, ŏ/eo, ŭ/eu, …

            Example:
              kingraph find "Lee Chul" --archive graphs/sample.json
              kingraph find 박영명
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @Argument(help: "A name, part of one, or hangul.")
    var name: String

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> FindResult {
        graph.find(name)
    }

    func text(_ answer: FindResult, graph: ArchiveGraph) -> String { answer.text(graph) }
}

extension FindResult {
    /// A table of the matches, best first, then the partial matches.
    func text(_ graph: ArchiveGraph) -> String {
        var out = results.isEmpty ? "No one is called '\(name)'.\n" : table(results, graph)
        if !partial.isEmpty {
            out += "\nPartial matches:\n" + table(partial, graph)
        }
        return out
    }

    private func table(_ matches: [Match], _ graph: ArchiveGraph) -> String {
        var table = TextTable(["SCORE", "PERSON", "NAME", "HANGUL", "MATCHED"], rightAligned: [0])
        for r in matches {
            let hangul = graph.personIndex(r.person).flatMap { graph.person($0).hangul } ?? ""
            table.add(["\(r.score)", r.person, r.name, hangul, r.matched == r.name ? "" : r.matched])
        }
        return table.text
    }
}
