import KinGraphCore

/// Finds parent ties that would make a person their own ancestor.
///
/// An iterative depth-first search over parent → child edges; every edge that
/// closes a cycle (points back to a person still on the search path) is reported,
/// with the cycle, and removing those edges leaves the ties acyclic.
enum ParentCycles {
    /// A parent tie that closes a cycle: its index and the people around the cycle.
    struct Cycle {
        var edge: Int
        var people: [String]
    }

    /// The cycle-closing edges among `edges` (from parent, to child).
    /// - Complexity: O(people + edges), no recursion.
    static func find(_ edges: [(from: String, to: String)]) -> [Cycle] {
        var index: [String: Int] = [:]
        var names: [String] = []
        func id(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = names.count
            names.append(s)
            return names.count - 1
        }
        var out: [[(target: Int, edge: Int)]] = []
        for (e, edge) in edges.enumerated() {
            let a = id(edge.from), b = id(edge.to)
            while out.count < names.count { out.append([]) }
            out[a].append((b, e))
        }
        while out.count < names.count { out.append([]) }
        // 0 = unvisited, 1 = on the path, 2 = done
        var state = [UInt8](repeating: 0, count: names.count)
        var cycles: [Cycle] = []
        var path: [Int] = []
        var positions = [Int](repeating: -1, count: names.count)
        for root in 0..<names.count where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            positions[root] = 0
            path = [root]
            while let top = stack.last {
                let (node, next) = top
                if next < out[node].count {
                    stack[stack.count - 1].next += 1
                    let (target, edge) = out[node][next]
                    if state[target] == 1 {
                        let cycle = path[positions[target]...].map { names[$0] } + [names[target]]
                        cycles.append(Cycle(edge: edge, people: cycle))
                    } else if state[target] == 0 {
                        state[target] = 1
                        positions[target] = path.count
                        path.append(target)
                        stack.append((target, 0))
                    }
                } else {
                    state[node] = 2
                    positions[node] = -1
                    path.removeLast()
                    stack.removeLast()
                }
            }
        }
        return cycles
    }
}
