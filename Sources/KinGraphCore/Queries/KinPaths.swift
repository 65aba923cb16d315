/// A relative found over family ties: how far, and the steps of the shortest path.
public struct KinPath: Sendable, Hashable {
    public var person: Int32
    public var distance: Int
    /// From the start's side: `[.parent, .sibling]` is the start's parent's sibling.
    /// Empty past `ArchiveGraph.maxKinshipSteps` hops.
    public var steps: [KinStep]
}

extension ArchiveGraph {
    /// Everyone within `depth` hops of `person` over family ties (either direction; ties
    /// below `minLevel` left out), `person` aside, each with the steps of a shortest
    /// family path.
    ///
    /// Among equally short paths the one whose steps are smallest in `KinStep` order
    /// wins (parent before child before sibling before spouse before relative), so the
    /// kinship word is deterministic and prefers blood over marriage. Layers are kept
    /// sorted by their step sequences (equal sequences share a rank); each person takes
    /// the smallest (rank of the previous person, step) that reaches it.
    ///
    /// - Complexity: O(V + T' + V log V) for the V people and T' family tie entries visited.
    func kinPaths(from person: Int32, depth: Int, minLevel: UInt8, scratch: inout GraphScratch) -> [KinPath] {
        let stamp = scratch.begin(self, .personPaths)
        scratch.personSeen[Int(person)] = stamp
        scratch.personDist[Int(person)] = 0
        scratch.personRank[Int(person)] = 0
        scratch.personFrom[Int(person)] = -1
        scratch.queue.append(person)
        var start = 0
        var distance: Int32 = 0
        while start < scratch.queue.count && Int(distance) < depth {
            let end = scratch.queue.count
            distance += 1
            for qi in start..<end {
                let u = scratch.queue[qi]
                let rankU = scratch.personRank[Int(u)]
                for slot in tieRange(of: u, familyOnly: true) where tieEntries[slot].level >= minLevel {
                    let v = Int(tieTargets[slot])
                    guard let step = tieEntries[slot].step else { continue }
                    if scratch.personSeen[v] == stamp {
                        // Seen in this layer: keep the smaller (rank, step).
                        guard scratch.personDist[v] == distance else { continue }
                        let from = Int(scratch.personFrom[v])
                        let old = tieEntries[Int(scratch.personVia[v])].step ?? .relative
                        let oldRank = scratch.personRank[from]
                        if rankU < oldRank || (rankU == oldRank && step < old) {
                            scratch.personFrom[v] = u
                            scratch.personVia[v] = Int32(slot)
                        }
                        continue
                    }
                    scratch.personSeen[v] = stamp
                    scratch.personDist[v] = distance
                    scratch.personFrom[v] = u
                    scratch.personVia[v] = Int32(slot)
                    scratch.queue.append(Int32(v))
                }
            }
            rankLayer(from: end, &scratch)
            start = end
        }
        var paths: [KinPath] = []
        paths.reserveCapacity(scratch.queue.count - 1)
        for v in scratch.queue.dropFirst() {
            var steps: [KinStep] = []
            var at = v
            let distance = Int(scratch.personDist[Int(v)])
            // Past the limit the steps are not written out (d² over a long line).
            while distance <= ArchiveGraph.maxKinshipSteps && scratch.personFrom[Int(at)] >= 0 {
                steps.append(tieEntries[Int(scratch.personVia[Int(at)])].step ?? .relative)
                at = scratch.personFrom[Int(at)]
            }
            paths.append(KinPath(person: v, distance: Int(scratch.personDist[Int(v)]), steps: steps.reversed()))
        }
        return paths
    }

    /// Sorts the layer `scratch.queue[start...]` by (rank of the previous person, step,
    /// id) and gives equal (rank, step) pairs equal ranks.
    private func rankLayer(from start: Int, _ scratch: inout GraphScratch) {
        guard start < scratch.queue.count else { return }
        var layer = Array(scratch.queue[start...])
        var keys: [(rank: Int32, step: UInt8)] = []
        do {
            let rank = scratch.personRank, from = scratch.personFrom, via = scratch.personVia
            let key = { (p: Int32) -> (rank: Int32, step: UInt8) in
                (rank[Int(from[Int(p)])], (self.tieEntries[Int(via[Int(p)])].step ?? .relative).rawValue)
            }
            layer.sort { a, b in
                let ka = key(a), kb = key(b)
                return ka != kb ? ka < kb : personPrecedes(a, b)
            }
            keys = layer.map(key)
        }
        scratch.queue.replaceSubrange(start..., with: layer)
        var rank: Int32 = 0
        for i in layer.indices {
            if i > 0 && keys[i] != keys[i - 1] { rank += 1 }
            scratch.personRank[Int(layer[i])] = rank
        }
    }
}
