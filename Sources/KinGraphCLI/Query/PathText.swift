import KinGraphCore

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
