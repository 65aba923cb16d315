extension GraphSpec {
    /// The font every label is set in: it has hangul, so Korean names get correct widths.
    static let fontName = "NanumGothic"

    /// Lowers `diagram`: escapes every text, names every node, and adds the title,
    /// the legend, the time axis, or the "no one found" note.
    ///
    /// Archive data only ever goes into `label`, `tooltip` and node names, never into
    /// `URL`, `href`, `fontname`, `stylesheet`, `image` or HTML labels, which Graphviz
    /// does not escape. Edges to unknown nodes are left out; a node listed in two
    /// clusters stays in the first.
    ///
    /// - Complexity: O(n + e + c) for n nodes, e edges, c cluster members.
    init(_ diagram: Diagram, layout: LayoutEngine = .dot) {
        let names = GraphSpec.nodeNames(diagram.nodes)
        let prefix = GraphSpec.internalPrefix(avoiding: names.values)
        var nodes: [String: Node] = [:]
        for node in diagram.nodes {
            guard let name = names[node.id], nodes[node.id] == nil else { continue }
            nodes[node.id] = Node(name: name, attributes: GraphSpec.attributes(of: node))
        }
        var clusters: [Cluster] = []
        var placed = Set<String>()
        for (index, cluster) in diagram.clusters.enumerated() {
            var members: [Node] = []
            for id in cluster.members where !placed.contains(id) {
                guard let node = nodes[id] else { continue }
                placed.insert(id)
                members.append(node)
            }
            guard !members.isEmpty else { continue }
            let attributes =
                [
                    Attribute("label", GraphvizText.label(cluster.label)),
                    Attribute("fontname", GraphSpec.fontName), Attribute("fontsize", "11"),
                ]
                + cluster.look.attributes
            clusters.append(Cluster(name: "cluster_\(index + 1)", attributes: attributes, nodes: members))
        }
        var loose: [Node] = []
        var seen = Set<String>()
        for node in diagram.nodes where !placed.contains(node.id) && seen.insert(node.id).inserted {
            if let lowered = nodes[node.id] { loose.append(lowered) }
        }
        var edges: [Edge] = []
        // Every edge sets ranks: Graphviz 2.43's dot aborts or frees memory twice when
        // an edge with `constraint=false`, or a labelled edge within one rank, runs
        // beside another edge between the same two people. An upward edge is turned
        // round instead, its arrow drawn at the far end (`dir=back`).
        for edge in diagram.edges {
            guard let from = names[edge.from], let to = names[edge.to] else { continue }
            let (tail, head) = edge.upward ? (to, from) : (from, to)
            edges.append(Edge(tail: tail, head: head, attributes: GraphSpec.attributes(of: edge)))
        }

        self.init(
            name: "kingraph", graphAttributes: GraphSpec.rootAttributes(diagram),
            nodeDefaults: [
                Attribute("fontname", GraphSpec.fontName), Attribute("fontsize", "11"),
                Attribute("margin", "0.12,0.06"),
            ],
            edgeDefaults: [
                Attribute("fontname", GraphSpec.fontName), Attribute("fontsize", "9"),
                Attribute("color", "#000000"),
            ],
            clusters: clusters, nodes: loose, edges: edges, internalPrefix: prefix)

        if diagram.nodes.isEmpty {
            self.nodes.append(
                Node(
                    name: prefix + "empty",
                    attributes: [
                        Attribute("label", GraphvizText.label([diagram.emptyMessage])),
                        Attribute("shape", "plaintext"), Attribute("fontsize", "14"),
                    ]))
        }
        addTimeAxis(diagram.years, names: names)
        addLegend(diagram.legend, direction: diagram.direction, layout: layout)
    }

    /// Graphviz names for the diagram's nodes: their ids, cleaned, made unique.
    private static func nodeNames(_ nodes: [Diagram.Node]) -> [String: String] {
        var names: [String: String] = [:]
        var used = Set<String>()
        for node in nodes where names[node.id] == nil {
            var name = GraphvizText.name(node.id)
            if name.isEmpty { name = "node" }
            var candidate = name
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = name + "~\(suffix)"
                suffix += 1
            }
            names[node.id] = candidate
        }
        return names
    }

    /// A prefix no diagram node name starts with: `kg-`, or `_kg-`, `__kg-`, ….
    private static func internalPrefix(avoiding names: some Sequence<String>) -> String {
        let all = Array(names)
        var prefix = "kg-"
        while all.contains(where: { $0.hasPrefix(prefix) }) { prefix = "_" + prefix }
        return prefix
    }

    private static func rootAttributes(_ diagram: Diagram) -> [Attribute] {
        [
            Attribute("label", GraphvizText.title(diagram.title)),
            Attribute("labelloc", "t"), Attribute("fontsize", "16"),
            Attribute("fontname", fontName), Attribute("rankdir", diagram.direction.rawValue),
            Attribute("newrank", "true"), Attribute("nodesep", "0.3"), Attribute("ranksep", "0.45"),
            Attribute("bgcolor", "#FFFFFF"), Attribute("pad", "0.2"),
        ]
    }

    private static func attributes(of node: Diagram.Node) -> [Attribute] {
        let style = node.shape.style.isEmpty ? "filled" : "filled," + node.shape.style
        var attributes = [
            Attribute("label", GraphvizText.label(node.label)),
            Attribute("shape", node.shape.shape), Attribute("style", style),
            Attribute("fillcolor", node.fill.color), Attribute("fontcolor", node.fill.fontColor),
            Attribute("penwidth", node.shape.penwidth),
        ]
        if !node.tooltip.isEmpty { attributes.append(Attribute("tooltip", GraphvizText.tooltip(node.tooltip))) }
        return attributes
    }

    private static func attributes(of edge: Diagram.Edge) -> [Attribute] {
        var attributes: [Attribute] = []
        if !edge.label.isEmpty { attributes.append(Attribute("label", GraphvizText.label(edge.label))) }
        if !edge.tooltip.isEmpty { attributes.append(Attribute("tooltip", GraphvizText.tooltip(edge.tooltip))) }
        attributes += edge.look.attributes
        if edge.upward { attributes.append(Attribute("dir", "back")) }
        return attributes
    }

    /// Year nodes in a row joined by grey arrows; each dated node is held between its
    /// year and the next by invisible edges (no `rank=same`: mixing clustered and
    /// unclustered nodes there aborts dot).
    private mutating func addTimeAxis(_ years: [Diagram.YearMark], names: [String: String]) {
        let yearNames = years.map { internalPrefix + "year-\($0.year)" }
        for (index, mark) in years.enumerated() {
            nodes.append(
                Node(
                    name: yearNames[index],
                    attributes: [
                        // One group: dot keeps the axis a straight line.
                        Attribute("label", String(mark.year)), Attribute("group", internalPrefix + "years"),
                        Attribute("shape", "plaintext"),
                        Attribute("fontsize", "14"), Attribute("fontcolor", "#555555"),
                    ]))
            if index > 0 {
                edges.append(Edge(tail: yearNames[index - 1], head: yearNames[index], attributes: EdgeLook.timeAxis.attributes))
            }
        }
        for (index, mark) in years.enumerated() {
            for member in mark.members {
                guard let name = names[member] else { continue }
                edges.append(
                    Edge(
                        tail: yearNames[index], head: name,
                        attributes: [Attribute("style", "invis"), Attribute("minlen", "0")]))
                if index + 1 < years.count {
                    edges.append(Edge(tail: name, head: yearNames[index + 1], attributes: [Attribute("style", "invis")]))
                }
            }
        }
    }
}
