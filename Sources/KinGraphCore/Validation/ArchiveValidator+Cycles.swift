extension ArchiveValidator {
    /// Reports one cycle of links for every group of events that cause each other
    /// (every strongly connected component with more than one event, or one event
    /// linked to itself), with the event ids along the cycle.
    ///
    /// Iterative Tarjan, so a chain of a million links cannot overflow the stack;
    /// the cycle shown is a shortest one through the group's first event, found by
    /// breadth-first search inside the group. The problem sits on the link that
    /// leaves that event.
    ///
    /// - Complexity: O(V + E) for V events and E links.
    static func findCycles(
        in archive: Archive, causes: UnsafeBufferPointer<Int32>, effects: UnsafeBufferPointer<Int32>,
        into collector: inout ProblemCollector
    ) {
        let graph = LinkGraph(eventCount: archive.events.count, causes: causes, effects: effects)
        let components = graph.stronglyConnectedComponents()
        for members in components {
            guard let start = members.min(),
                let cycle = graph.shortestCycle(through: start, within: members)
            else { continue }
            let ids = cycle.events.map { archive.events[Int($0)].id }
            var message: String
            if ids.count == 1 {
                message = "link from \(ids[0]) to itself; an event cannot cause itself"
            } else {
                message = "links form a cycle: " + (ids + [ids[0]]).joined(separator: " → ")
                message += "; causes cannot loop"
            }
            if members.count > ids.count {
                message += " (\(members.count) events are caught in loops together)"
            }
            collector.add(.error, RecordRef(.link, Int(cycle.firstLink)), id: nil, field: nil, message)
        }
    }
}

/// Links as a directed graph over event indices, in compressed adjacency form.
struct LinkGraph {
    /// `targets[offsets[v] ..< offsets[v + 1]]` are the effects of event `v`.
    var offsets: [Int32]
    var targets: [Int32]
    /// The index of the link behind each entry of `targets`.
    var linkIndex: [Int32]

    /// Builds the graph from every link whose two events exist: `causes[l]` and
    /// `effects[l]` are the event indices of link `l`, -1 for an unknown event.
    ///
    /// - Complexity: O(V + E).
    init(eventCount n: Int, causes: UnsafeBufferPointer<Int32>, effects: UnsafeBufferPointer<Int32>) {
        var edges: [(from: Int32, to: Int32, link: Int32)] = []
        edges.reserveCapacity(causes.count)
        for i in causes.indices where causes[i] >= 0 && effects[i] >= 0 {
            edges.append((causes[i], effects[i], Int32(i)))
        }
        var offsets = [Int32](repeating: 0, count: n + 1)
        for edge in edges { offsets[Int(edge.from) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var targets = [Int32](repeating: 0, count: edges.count)
        var linkIndex = [Int32](repeating: 0, count: edges.count)
        for edge in edges {
            let slot = Int(fill[Int(edge.from)])
            targets[slot] = edge.to
            linkIndex[slot] = edge.link
            fill[Int(edge.from)] += 1
        }
        self.offsets = offsets
        self.targets = targets
        self.linkIndex = linkIndex
    }

    var nodeCount: Int { offsets.count - 1 }

    /// The components that hold a cycle: more than one event, or one with a self-link.
    /// Each component lists its event indices; components come in discovery order.
    ///
    /// - Complexity: O(V + E), iterative.
    func stronglyConnectedComponents() -> [[Int32]] {
        let n = nodeCount
        var order = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var frames: [(node: Int32, next: Int32)] = []
        var counter: Int32 = 0
        var result: [[Int32]] = []
        for root in 0..<n where order[root] < 0 {
            guard offsets[root] < offsets[root + 1] else { continue }
            order[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            frames.append((Int32(root), offsets[root]))
            while let frame = frames.last {
                let v = Int(frame.node)
                if frame.next < offsets[v + 1] {
                    frames[frames.count - 1].next += 1
                    let w = Int(targets[Int(frame.next)])
                    if order[w] < 0 {
                        order[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        frames.append((Int32(w), offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], order[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    low[Int(parent.node)] = min(low[Int(parent.node)], low[v])
                }
                guard low[v] == order[v] else { continue }
                var members: [Int32] = []
                while let w = stack.popLast() {
                    onStack[Int(w)] = false
                    members.append(w)
                    if Int(w) == v { break }
                }
                if members.count > 1 || hasSelfLink(v) { result.append(members) }
            }
        }
        return result
    }

    private func hasSelfLink(_ v: Int) -> Bool {
        targets[Int(offsets[v])..<Int(offsets[v + 1])].contains(Int32(v))
    }

    /// A shortest cycle from `start` back to itself using only events of `members`:
    /// the events in order and the link leaving `start`.
    ///
    /// - Complexity: O(V + E) within the component (breadth-first search).
    func shortestCycle(through start: Int32, within members: [Int32]) -> (events: [Int32], firstLink: Int32)? {
        var parent: [Int32: (node: Int32, link: Int32)] = [:]
        let inside = Set(members)
        var queue: [Int32] = [start]
        var head = 0
        var closing: (node: Int32, link: Int32)?
        search: while head < queue.count {
            let v = queue[head]
            head += 1
            for slot in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                let w = targets[slot]
                if w == start {
                    closing = (v, linkIndex[slot])
                    break search
                }
                if inside.contains(w), parent[w] == nil {
                    parent[w] = (v, linkIndex[slot])
                    queue.append(w)
                }
            }
        }
        guard let closing else { return nil }
        var path: [Int32] = []
        var firstLink = closing.link
        var node = closing.node
        while node != start, let step = parent[node] {
            path.append(node)
            firstLink = step.link
            node = step.node
        }
        path.append(start)
        return (path.reversed(), firstLink)
    }
}
