extension ArchiveGraph {
    /// Follows links from cause to effect, breadth-first from `starts`, keeping to
    /// links and events at `minLevel` or above.
    ///
    /// On return `scratch.queue` holds every event reached (the starts first), in order
    /// of chain length, layer after layer (`scratch.layerEnds[k]` ends the events whose
    /// chains hold k + 1 events); `scratch.eventFrom` and `scratch.eventVia` give, for each, the
    /// previous event and the link of its chain (-1 for a start). Among equally short
    /// chains each event gets the lexicographically smallest by event id: layers are
    /// kept sorted by their chains, and each event is claimed by the first event of the
    /// previous layer that reaches it.
    ///
    /// - Complexity: O(V + L' + V log V) for the V events and L' links reached.
    func reachEvents(from starts: some Sequence<Int32>, minLevel: UInt8, scratch: inout GraphScratch) {
        let stamp = scratch.begin(self, .events)
        for s in starts where eventLevels[Int(s)] >= minLevel && scratch.eventSeen[Int(s)] != stamp {
            scratch.eventSeen[Int(s)] = stamp
            scratch.eventFrom[Int(s)] = -1
            scratch.eventVia[Int(s)] = -1
            scratch.queue.append(s)
        }
        sortLayer(from: 0, &scratch)
        var start = 0
        while start < scratch.queue.count {
            scratch.layerEnds.append(scratch.queue.count)
            let end = scratch.queue.count
            for qi in start..<end {
                let u = scratch.queue[qi]
                for slot in Int(effectOffsets[Int(u)])..<Int(effectOffsets[Int(u) + 1])
                where effectLevels[slot] >= minLevel {
                    let v = Int(effectTargets[slot])
                    if scratch.eventSeen[v] == stamp { continue }
                    scratch.eventSeen[v] = stamp
                    scratch.eventFrom[v] = u
                    scratch.eventVia[v] = effectLinks[slot]
                    scratch.queue.append(Int32(v))
                }
            }
            sortLayer(from: end, &scratch)
            start = end
        }
    }

    /// Sorts the layer `scratch.queue[start...]` by (rank of the previous event, id)
    /// and records each event's rank within the layer. Small layers (the usual case)
    /// are sorted in place, without allocating.
    private func sortLayer(from start: Int, _ scratch: inout GraphScratch) {
        let count = scratch.queue.count - start
        if count > 16 {
            var layer = Array(scratch.queue[start...])
            let rank = scratch.eventRank, from = scratch.eventFrom
            layer.sort { a, b in
                let ra = from[Int(a)] < 0 ? -1 : rank[Int(from[Int(a)])]
                let rb = from[Int(b)] < 0 ? -1 : rank[Int(from[Int(b)])]
                return ra != rb ? ra < rb : eventPrecedes(a, b)
            }
            scratch.queue.replaceSubrange(start..., with: layer)
        } else if count > 1 {
            for i in (start + 1)..<scratch.queue.count {
                let moving = scratch.queue[i]
                let key = layerKey(moving, scratch)
                var j = i
                while j > start {
                    let other = scratch.queue[j - 1]
                    let otherKey = layerKey(other, scratch)
                    if otherKey < key || (otherKey == key && eventPrecedes(other, moving)) { break }
                    scratch.queue[j] = other
                    j -= 1
                }
                scratch.queue[j] = moving
            }
        }
        for i in 0..<count { scratch.eventRank[Int(scratch.queue[start + i])] = Int32(i) }
    }

    /// The rank of the event `e` was reached from (-1 for a start).
    @inline(__always)
    private func layerKey(_ e: Int32, _ scratch: GraphScratch) -> Int32 {
        let from = scratch.eventFrom[Int(e)]
        return from < 0 ? -1 : scratch.eventRank[Int(from)]
    }

    /// The chain of events ending at `e`, from a start of the last `reachEvents`.
    ///
    /// - Complexity: O(chain length).
    func chain(to e: Int32, _ scratch: GraphScratch) -> [Int32] {
        var chain = [e]
        var at = e
        while scratch.eventFrom[Int(at)] >= 0 {
            at = scratch.eventFrom[Int(at)]
            chain.append(at)
        }
        return chain.reversed()
    }
}
