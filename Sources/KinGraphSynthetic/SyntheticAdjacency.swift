/// Undirected compressed adjacency (offsets + targets) over the synthetic people,
/// for the generator's own walks: who is family within three hops, who knows whom.
struct SyntheticAdjacency {
    private var offsets: [Int32]
    private var targets: [Int32]

    /// Adjacency over the ties that `include` accepts, both directions.
    /// - Complexity: O(people + ties).
    init(people: Int, ties: [SyntheticTie], include: (SyntheticTie) -> Bool) {
        var degree = [Int32](repeating: 0, count: people + 1)
        for t in ties where include(t) {
            degree[Int(t.from) + 1] += 1
            degree[Int(t.to) + 1] += 1
        }
        for i in 0..<people { degree[i + 1] += degree[i] }
        offsets = degree
        var cursor = Array(degree.dropLast())
        targets = [Int32](repeating: 0, count: Int(degree[people]))
        for t in ties where include(t) {
            targets[Int(cursor[Int(t.from)])] = t.to
            cursor[Int(t.from)] += 1
            targets[Int(cursor[Int(t.to)])] = t.from
            cursor[Int(t.to)] += 1
        }
    }

    /// The people tied to `person`.
    func neighbours(of person: Int32) -> ArraySlice<Int32> {
        targets[Int(offsets[Int(person)])..<Int(offsets[Int(person) + 1])]
    }
}

/// Breadth-first walk within a few hops, reusing one stamped visited array.
struct SyntheticWalker {
    private var stamp: [UInt32]
    private var generation: UInt32 = 0
    private var queue: [Int32] = []

    init(people: Int) { stamp = [UInt32](repeating: 0, count: people) }

    /// Everyone within `depth` hops of `start` (not `start`), with their distance,
    /// in breadth-first order.
    /// - Complexity: O(people and ties within `depth` hops).
    mutating func within(_ depth: Int, of start: Int32, in adjacency: SyntheticAdjacency) -> [(Int32, Int)] {
        generation &+= 1
        stamp[Int(start)] = generation
        queue.removeAll(keepingCapacity: true)
        queue.append(start)
        var result: [(Int32, Int)] = []
        var head = 0
        var level = 0
        while head < queue.count && level < depth {
            level += 1
            let end = queue.count
            while head < end {
                for next in adjacency.neighbours(of: queue[head]) where stamp[Int(next)] != generation {
                    stamp[Int(next)] = generation
                    queue.append(next)
                    result.append((next, level))
                }
                head += 1
            }
        }
        return result
    }
}
