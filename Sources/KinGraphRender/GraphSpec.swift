/// A diagram lowered to what Graphviz is given: names and attribute values, already
/// escaped, in a fixed order. `DOTEncoder` writes it as text and `GraphvizRenderer`
/// builds it through cgraph, so both describe exactly the same graph.
struct GraphSpec: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var name: String
        var attributes: [Attribute]
    }

    struct Edge: Sendable, Hashable {
        var tail: String
        var head: String
        var attributes: [Attribute]
    }

    struct Cluster: Sendable, Hashable {
        /// Starts with `cluster_` so that dot draws a box around it.
        var name: String
        var attributes: [Attribute]
        var nodes: [Node]
    }

    /// The root graph's name.
    var name: String
    /// Root graph attributes: set after the clusters exist, so they do not inherit them.
    var graphAttributes: [Attribute]
    var nodeDefaults: [Attribute]
    var edgeDefaults: [Attribute]
    var clusters: [Cluster]
    /// Nodes outside every cluster.
    var nodes: [Node]
    var edges: [Edge]
    /// Nodes held together on the last rank (the legend), by a `rank=sink` subgraph.
    var sinkRank: [String] = []
    /// The prefix of every name the lowering invented (legend, years, notes).
    var internalPrefix: String

    /// Nodes in every cluster and outside them.
    var nodeCount: Int { nodes.count + clusters.reduce(0) { $0 + $1.nodes.count } }
}
