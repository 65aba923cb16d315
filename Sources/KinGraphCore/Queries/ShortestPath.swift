/// The answer to `path A B`: a shortest chain of ties between two people, or none.
public struct PathResult: Codable, Sendable, Hashable {
    public var query = "path"
    public var from: String
    public var to: String
    public var familyOnly: Bool
    /// Person ids from `from` to `to`; `nil` when they are not connected.
    public var path: [String]?
    /// The kind of each tie along the path (one fewer than the people).
    public var ties: [TieKind]?

    enum CodingKeys: String, CodingKey {
        case query, from, to, path, ties
        case familyOnly = "family-only"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(familyOnly, forKey: .familyOnly)
        try c.encode(path, forKey: .path)
        try c.encode(ties, forKey: .ties)
    }
}

extension ArchiveGraph {
    /// A shortest path from `a` to `b` over ties in either direction (family ties only
    /// when `familyOnly`; ties below `minConfidence` left out): the people, and the tie
    /// record taken at each step. `nil` when there is none; `[a]` when `a == b`.
    ///
    /// Breadth-first from both ends, a whole layer at a time from the smaller frontier,
    /// until the two searches meet. Among shortest paths it returns the one whose
    /// sequence of person ids is smallest; between two people tied more than once, the
    /// tie whose kind comes first (`parent`, `spouse`, `sibling`, `relative`, `friend`, …).
    ///
    /// - Complexity: O(V + T') for the V people and T' tie entries the two searches
    ///   visit (about the square root of a one-ended search on a well-mixed graph).
    public func shortestPath(
        from a: Int32, to b: Int32, familyOnly: Bool = false, minConfidence: Confidence = .hearsay,
        scratch: inout GraphScratch
    ) -> (people: [Int32], ties: [Int32])? {
        if a == b { return ([a], []) }
        let stamp = scratch.begin(self, .twoEnded)
        let level = UInt8(minConfidence.rank)
        scratch.personSeen[Int(a)] = stamp
        scratch.personDist[Int(a)] = 0
        scratch.queue.append(a)
        scratch.personSeenBack[Int(b)] = stamp
        scratch.personDistBack[Int(b)] = 0
        scratch.queueBack.append(b)
        var frontA = 0..<1, frontB = 0..<1
        var reachA = 0, reachB = 0
        var met = false
        while !met {
            if frontA.isEmpty || frontB.isEmpty { return nil }
            let forward = frontA.count <= frontB.count
            let front = forward ? frontA : frontB
            let distance = Int32(forward ? reachA + 1 : reachB + 1)
            for qi in front {
                let u = forward ? scratch.queue[qi] : scratch.queueBack[qi]
                for slot in tieRange(of: u, familyOnly: familyOnly) where tieEntries[slot].level >= level {
                    let v = Int(tieTargets[slot])
                    if forward {
                        if scratch.personSeen[v] == stamp { continue }
                        scratch.personSeen[v] = stamp
                        scratch.personDist[v] = distance
                        scratch.queue.append(Int32(v))
                        if scratch.personSeenBack[v] == stamp { met = true }
                    } else {
                        if scratch.personSeenBack[v] == stamp { continue }
                        scratch.personSeenBack[v] = stamp
                        scratch.personDistBack[v] = distance
                        scratch.queueBack.append(Int32(v))
                        if scratch.personSeen[v] == stamp { met = true }
                    }
                }
            }
            if forward {
                frontA = front.upperBound..<scratch.queue.count
                reachA += 1
            } else {
                frontB = front.upperBound..<scratch.queueBack.count
                reachB += 1
            }
        }
        markShortestPathPeople(reachA: reachA, reachB: reachB, familyOnly: familyOnly, level: level, &scratch)
        return smallestShortestPath(
            from: a, length: reachA + reachB, reachA: reachA, familyOnly: familyOnly, level: level, scratch)
    }

    /// Marks (in `personMark`) the people of the forward search that lie on a shortest
    /// path: those of its last layer seen by the backward search, then, layer by layer
    /// back towards the start, those with a marked neighbour one layer further.
    private func markShortestPathPeople(
        reachA: Int, reachB: Int, familyOnly: Bool, level: UInt8, _ scratch: inout GraphScratch
    ) {
        let stamp = scratch.generation
        for qi in scratch.queue.indices.reversed() {
            let u = Int(scratch.queue[qi])
            let distance = scratch.personDist[u]
            if distance == Int32(reachA) {
                if scratch.personSeenBack[u] == stamp && scratch.personDistBack[u] == Int32(reachB) {
                    scratch.personMark[u] = stamp
                }
                continue
            }
            for slot in tieRange(of: Int32(u), familyOnly: familyOnly) where tieEntries[slot].level >= level {
                let v = Int(tieTargets[slot])
                if scratch.personSeen[v] == stamp && scratch.personDist[v] == distance + 1
                    && scratch.personMark[v] == stamp
                {
                    scratch.personMark[u] = stamp
                    break
                }
            }
        }
    }

    /// Walks from `a`, at each step to the smallest-id neighbour still on a shortest path.
    private func smallestShortestPath(
        from a: Int32, length: Int, reachA: Int, familyOnly: Bool, level: UInt8, _ scratch: GraphScratch
    ) -> (people: [Int32], ties: [Int32])? {
        let stamp = scratch.generation
        var people = [a], ties: [Int32] = []
        var u = a
        for step in 1...length {
            var best: (person: Int32, kind: Int, slot: Int)?
            for slot in tieRange(of: u, familyOnly: familyOnly) where tieEntries[slot].level >= level {
                let v = tieTargets[slot]
                let onPath: Bool
                if step <= reachA {
                    onPath = scratch.personSeen[Int(v)] == stamp && scratch.personDist[Int(v)] == Int32(step)
                        && scratch.personMark[Int(v)] == stamp
                } else {
                    onPath = scratch.personSeenBack[Int(v)] == stamp
                        && scratch.personDistBack[Int(v)] == Int32(length - step)
                }
                guard onPath else { continue }
                let kind = Int(tieEntries[slot].bits & 0x0F)
                if let current = best {
                    if v == current.person ? kind >= current.kind : !personPrecedes(v, current.person) { continue }
                }
                best = (v, kind, slot)
            }
            guard let best else { return nil }  // unreachable when the searches met
            people.append(best.person)
            ties.append(tieRecords[best.slot])
            u = best.person
        }
        return (people, ties)
    }

    /// How two people are connected (QUERIES.md, path).
    ///
    /// - Complexity: as `shortestPath(from:to:)`.
    public func path(
        from a: Int32, to b: Int32, familyOnly: Bool = false, minConfidence: Confidence = .hearsay,
        scratch: inout GraphScratch
    ) -> PathResult {
        let found = shortestPath(from: a, to: b, familyOnly: familyOnly, minConfidence: minConfidence, scratch: &scratch)
        return PathResult(
            from: person(a).id, to: person(b).id, familyOnly: familyOnly,
            path: found.map { $0.people.map { person($0).id } },
            ties: found.map { $0.ties.map { archive.ties[Int($0)].kind } })
    }
}
