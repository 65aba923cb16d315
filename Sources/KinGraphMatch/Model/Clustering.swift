/// Accepted pairs grouped into people: connected components, built pair by pair
/// from the most probable down, where a pair that would join two groups holding
/// two clearly different records is left out (a chain A = B = C where A and C
/// cannot be one person: different sex, births over 3 years apart, names that
/// share nothing, tied to each other, or marked different by a reviewer).
enum Clustering {
    struct Result: Sendable {
        /// Groups of two or more records, each sorted, in order of their first record.
        var clusters: [[Int32]]
        /// Accepted pairs left out because they would have chained different people.
        var brokenChains: [UInt64]
    }

    /// - Complexity: O(P log P + P · s²) for P accepted pairs and groups of size s.
    static func cluster(
        _ accepted: [(pair: UInt64, probability: Double)], records: [MatchRecord], different: Set<UInt64>
    ) -> Result {
        var parent: [Int32: Int32] = [:]
        var members: [Int32: [Int32]] = [:]
        func root(_ x: Int32) -> Int32 {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r {
                parent[y] = r
                y = p
            }
            return r
        }
        let ordered = accepted.sorted { $0.probability != $1.probability ? $0.probability > $1.probability : $0.pair < $1.pair }
        var broken: [UInt64] = []
        for (pair, _) in ordered {
            let (a, b) = Blocking.unpack(pair)
            for x in [a, b] where parent[x] == nil {
                parent[x] = x
                members[x] = [x]
            }
            let ra = root(a), rb = root(b)
            if ra == rb { continue }
            let left = members[ra] ?? [], right = members[rb] ?? []
            if left.count + right.count > 2 && conflict(left, right, records, different) {
                broken.append(pair)
                continue
            }
            let (big, small) = left.count >= right.count ? (ra, rb) : (rb, ra)
            parent[small] = big
            members[big, default: []].append(contentsOf: members[small] ?? [])
            members[small] = nil
        }
        let clusters = members.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return Result(clusters: clusters, brokenChains: broken.sorted())
    }

    /// `true` when some record of `left` and some of `right` are clearly two people.
    static func conflict(_ left: [Int32], _ right: [Int32], _ records: [MatchRecord], _ different: Set<UInt64>) -> Bool {
        for x in left {
            for y in right {
                if different.contains(Blocking.pair(x, y)) { return true }
                let v = Comparison.compare(records, x, y)
                if v[.sex] == 0 || v[.born] == 0 || v[.name] == 0 || v[.relatives] == 0 { return true }
            }
        }
        return false
    }
}
