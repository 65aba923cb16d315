import KinGraphCore

extension FindResult {
    /// A table of the matches, best first.
    func text(_ graph: ArchiveGraph) -> String {
        guard !results.isEmpty else { return "No one matches '\(name)'.\n" }
        var table = TextTable(["SCORE", "PERSON", "NAME", "HANGUL", "MATCHED"], rightAligned: [0])
        for r in results {
            let hangul = graph.personIndex(r.person).flatMap { graph.person($0).hangul } ?? ""
            table.add(["\(r.score)", r.person, r.name, hangul, r.matched == r.name ? "" : r.matched])
        }
        return table.text
    }
}
