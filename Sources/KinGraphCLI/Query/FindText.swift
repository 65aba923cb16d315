import KinGraphCore

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
