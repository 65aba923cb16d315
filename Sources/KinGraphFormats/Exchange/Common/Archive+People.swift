import KinGraphCore

extension Archive {
    /// The part of the archive about `people`: those people, the ties between two
    /// of them, their events, the links between two of those events, and the
    /// sources these records cite (in the archive's order). The title is kept.
    ///
    ///     let near = archive.restricted(toPeople: ["P-0001", "P-0002"])
    /// - Complexity: O(records + total sources).
    public func restricted(toPeople ids: Set<String>) -> Archive {
        var part = Archive(title: title)
        part.people = people.filter { ids.contains($0.id) }
        part.ties = ties.filter { ids.contains($0.from) && ids.contains($0.to) }
        part.events = events.filter { ids.contains($0.person) }
        let eventIDs = Set(part.events.map(\.id))
        part.links = links.filter { eventIDs.contains($0.cause) && eventIDs.contains($0.effect) }
        var cited = Set<String>()
        for list in part.people.map(\.sources) + part.ties.map(\.sources) + part.events.map(\.sources) + part.links.map(\.sources) {
            cited.formUnion(list)
        }
        part.sources = sources.filter { cited.contains($0.id) }
        return part
    }
}
