import KinGraphCore

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
