/// Rendered diagrams by (snapshot and its owner, question, options, format), least recently
/// used dropped first once they hold more than `capacity` bytes.
final class DiagramCache: Sendable {
    struct Entry: Sendable {
        var drawn: DrawnDiagram
        var used: UInt64
    }

    private let capacity: Int
    private let state = Locked<(entries: [String: Entry], bytes: Int, clock: UInt64)>(([:], 0, 0))

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> DrawnDiagram? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.clock += 1
            entry.used = state.clock
            state.entries[key] = entry
            return entry.drawn
        }
    }

    func put(_ key: String, _ drawn: DrawnDiagram) {
        guard drawn.bytes.count <= capacity else { return }
        state.withLock { state in
            state.clock += 1
            if let old = state.entries[key] { state.bytes -= old.drawn.bytes.count }
            state.entries[key] = Entry(drawn: drawn, used: state.clock)
            state.bytes += drawn.bytes.count
            guard state.bytes > capacity else { return }
            // Drop the least recently used until a quarter of the room is free again.
            for (oldKey, entry) in state.entries.sorted(by: { $0.value.used < $1.value.used }) {
                guard state.bytes > capacity * 3 / 4 else { break }
                state.entries[oldKey] = nil
                state.bytes -= entry.drawn.bytes.count
            }
        }
    }
}

/// A diagram as drawn: the file's bytes, with what the page says about it.
struct DrawnDiagram: Sendable {
    var bytes: [UInt8]
    /// Nodes drawn (people or events), for the page.
    var nodes: Int
    /// Graphviz names of the person nodes, for links to their pages.
    var people: [String]
}
