/// The legend of a diagram: exactly the colours, shapes, clusters and line styles it
/// uses, each once, in a fixed order (colours, shapes, boxes, lines).
public struct Legend: Sendable, Hashable {
    /// One thing explained by the legend.
    public enum Entry: Sendable, Hashable {
        case fill(NodeFill)
        case shape(NodeShape)
        case cluster(ClusterLook)
        case line(EdgeLook)

        /// The words the legend shows for it.
        public var meaning: String {
            switch self {
            case .fill(let f): return f.meaning
            case .shape(let s): return s.meaning
            case .cluster(let c): return c.meaning
            case .line(let l): return l.meaning
            }
        }
    }

    public var entries: [Entry]

    /// The legend of `diagram`, computed from what it draws.
    ///
    /// - Complexity: O(n log n) in the number of nodes, edges and clusters.
    public init(of diagram: Diagram) {
        func unique<T: Hashable>(_ items: [T], order: (T) -> Int, meaning: (T) -> String) -> [T] {
            Array(Set(items)).sorted { (order($0), meaning($0)) < (order($1), meaning($1)) }
        }
        var lines = diagram.edges.map(\.look)
        if !diagram.years.isEmpty { lines.append(.timeAxis) }
        entries =
            unique(diagram.nodes.map(\.fill), order: \.order, meaning: \.meaning).map(Entry.fill)
            + unique(diagram.nodes.map(\.shape), order: \.order, meaning: \.meaning).map(Entry.shape)
            + unique(diagram.clusters.map(\.look), order: \.order, meaning: \.meaning).map(Entry.cluster)
            + unique(lines, order: \.order, meaning: \.meaning).map(Entry.line)
    }
}

extension Diagram {
    /// What this diagram's legend lists.
    public var legend: Legend { Legend(of: self) }
}
