/// The answer to `neighbors PERSON`: everyone within `depth` hops over ties.
public struct NeighborsResult: Codable, Sendable, Hashable {
    /// How many hops `neighbors` follows when the user names none.
    public static let defaultDepth = 1

    public var query = "neighbors"
    public var person: String
    public var name: String
    public var depth: Int
    public var familyOnly: Bool
    /// Ordered by id.
    public var results: [Neighbor]

    public struct Neighbor: Codable, Sendable, Hashable {
        public var person: String
        public var name: String
        public var distance: Int
    }

    enum CodingKeys: String, CodingKey {
        case query, person, name, depth, results
        case familyOnly = "family-only"
    }
}

extension ArchiveGraph {
    /// Everyone within `depth` hops of `person` over ties (either direction; family ties
    /// only when `familyOnly`), `person` aside, in breadth-first order with their distance.
    ///
    /// Ties below `minConfidence` are left out. A depth below 1 finds no one.
    ///
    /// - Complexity: O(V + T') for the V people and T' tie entries visited, whatever
    ///   the size of the graph.
    public func neighborhood(
        of person: Int32, depth: Int, familyOnly: Bool = false, minConfidence: Confidence = .hearsay,
        scratch: inout GraphScratch
    ) -> [(person: Int32, distance: Int)] {
        let stamp = scratch.begin(self)
        let level = UInt8(minConfidence.rank)
        var found: [(person: Int32, distance: Int)] = []
        guard depth >= 1 else { return found }
        scratch.personSeen[Int(person)] = stamp
        scratch.queue.append(person)
        var start = 0
        var distance = 0
        while start < scratch.queue.count && distance < depth {
            let end = scratch.queue.count
            distance += 1
            for qi in start..<end {
                let u = scratch.queue[qi]
                for slot in tieRange(of: u, familyOnly: familyOnly) where tieEntries[slot].level >= level {
                    let v = tieTargets[slot]
                    if scratch.personSeen[Int(v)] == stamp { continue }
                    scratch.personSeen[Int(v)] = stamp
                    scratch.queue.append(v)
                    found.append((v, distance))
                }
            }
            start = end
        }
        return found
    }

    /// Everyone within `depth` hops of `person` (QUERIES.md, neighbors), ordered by id.
    ///
    /// - Throws: `QueryError.depthNotPositive` for a depth below 1.
    /// - Complexity: as `neighborhood`, plus sorting what it finds.
    public func neighbors(
        person: Int32, depth: Int = NeighborsResult.defaultDepth, familyOnly: Bool = false, minConfidence: Confidence = .hearsay,
        scratch: inout GraphScratch
    ) throws(QueryError) -> NeighborsResult {
        guard depth >= 1 else { throw QueryError.depthNotPositive(depth) }
        var found = neighborhood(
            of: person, depth: depth, familyOnly: familyOnly, minConfidence: minConfidence, scratch: &scratch)
        found.sort { personPrecedes($0.person, $1.person) }
        let me = self.person(person)
        return NeighborsResult(
            person: me.id, name: me.name, depth: depth, familyOnly: familyOnly,
            results: found.map { .init(person: self.person($0.person).id, name: self.person($0.person).name, distance: $0.distance) })
    }
}
