import CGraphviz

/// Renders diagrams to SVG, PDF and PNG with the Graphviz C library in this process
/// (and to DOT with `DOTEncoder`), entirely in memory.
///
/// The graph is built through cgraph (never by parsing generated text), laid out with
/// `gvLayout` and rendered with `gvRenderData`; every C resource is freed on every
/// path. Calls from any number of tasks are safe: they take turns on one lock.
///
///     let svg = try GraphvizRenderer().render(diagram, format: .svg)
public struct GraphvizRenderer: DiagramRendering {
    public var limits: RenderLimits

    public init(limits: RenderLimits = RenderLimits()) {
        self.limits = limits
    }

    /// Renders `diagram` as `format` with `layout`.
    ///
    /// Refuses a diagram past `limits` unless `force`; suggests sfdp in the warnings
    /// past `limits.suggestSfdpAbove` nodes.
    public func render(
        _ diagram: Diagram, format: OutputFormat, layout: LayoutEngine = .dot, force: Bool = false
    ) throws(RenderError) -> RenderOutput {
        if format == .dot {
            return RenderOutput(bytes: Array(DOTEncoder().encode(diagram).utf8))
        }
        let nodes = diagram.nodes.count, edges = diagram.edges.count
        let nodeLimit = limits.nodeLimit(for: layout), edgeLimit = nodeLimit * limits.edgesPerNode
        if !force && (nodes > nodeLimit || edges > edgeLimit) {
            throw RenderError.tooLarge(
                nodes: nodes, edges: edges, nodeLimit: nodeLimit, edgeLimit: edgeLimit, layout: layout)
        }
        var output = try render(GraphSpec(diagram, layout: layout), engine: layout.rawValue, format: format.rawValue)
        if format == .pdf { output.bytes = PDFCreationDate.removed(from: output.bytes) }
        if nodes > limits.suggestSfdpAbove && layout != .sfdp {
            output.warnings.append("the diagram has \(nodes) nodes: --layout sfdp draws it faster")
        }
        return output
    }

    /// Builds `spec` through cgraph, lays it out with `engine` and renders it as
    /// `format` (Graphviz's own names), under the process-wide lock.
    func render(_ spec: GraphSpec, engine: String, format: String) throws(RenderError) -> RenderOutput {
        try GraphvizContext.shared.withContext { gvc throws(RenderError) in
            guard let graph = kg_open_directed(spec.name) else {
                throw RenderError.graphviz(stage: "build", message: failure("agopen failed"))
            }
            defer { agclose(graph) }
            try GraphvizRenderer.build(spec, into: graph)
            let capture = StandardErrorCapture()
            defer { _ = capture?.finish() }
            guard kg_layout(gvc, graph, engine) == 0 else {
                throw RenderError.graphviz(stage: "lay out", message: failure("layout '\(engine)' failed"))
            }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length = 0
            let status = kg_render_data(gvc, graph, format, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data else {
                throw RenderError.graphviz(stage: "render", message: failure("format '\(format)' failed"))
            }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) {
                Array(UnsafeBufferPointer(start: $0, count: length))
            }
            let printed = StandardErrorCapture.warnings(from: capture?.finish() ?? [])
            return RenderOutput(bytes: bytes, warnings: warnings() + printed)
        }
    }

    /// Creates the clusters, nodes and edges of `spec` in `graph`, then the root
    /// attributes (last, so the clusters do not inherit them).
    private static func build(_ spec: GraphSpec, into graph: UnsafeMutablePointer<Agraph_t>) throws(RenderError) {
        for attribute in spec.nodeDefaults { kg_default(graph, Int32(AGNODE), attribute.name, attribute.value) }
        for attribute in spec.edgeDefaults { kg_default(graph, Int32(AGEDGE), attribute.name, attribute.value) }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        func add(_ node: GraphSpec.Node, to owner: UnsafeMutablePointer<Agraph_t>) throws(RenderError) {
            guard let created = kg_node(owner, node.name) else {
                throw RenderError.graphviz(stage: "build", message: failure("agnode failed"))
            }
            set(node.attributes, on: UnsafeMutableRawPointer(created))
            nodes[node.name] = created
        }
        for cluster in spec.clusters {
            guard let subgraph = kg_subgraph(graph, cluster.name) else {
                throw RenderError.graphviz(stage: "build", message: failure("agsubg failed"))
            }
            set(cluster.attributes, on: UnsafeMutableRawPointer(subgraph))
            for node in cluster.nodes { try add(node, to: subgraph) }
        }
        for node in spec.nodes { try add(node, to: graph) }
        if !spec.sinkRank.isEmpty {
            guard let rank = kg_subgraph(graph, spec.internalPrefix + "sink") else {
                throw RenderError.graphviz(stage: "build", message: failure("agsubg failed"))
            }
            _ = kg_set(UnsafeMutableRawPointer(rank), "rank", "sink")
            for name in spec.sinkRank {
                if let node = nodes[name] { _ = kg_subnode(rank, node) }
            }
        }
        for edge in spec.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head] else { continue }
            guard let created = kg_edge(graph, tail, head, nil) else {
                throw RenderError.graphviz(stage: "build", message: failure("agedge failed"))
            }
            set(edge.attributes, on: UnsafeMutableRawPointer(created))
        }
        set(spec.graphAttributes, on: UnsafeMutableRawPointer(graph))
    }

    private static func set(_ attributes: [Attribute], on object: UnsafeMutableRawPointer) {
        for attribute in attributes {
            if attribute.isHTML {
                _ = kg_set_html(object, attribute.name, attribute.value)
            } else {
                _ = kg_set(object, attribute.name, attribute.value)
            }
        }
    }
}

/// Graphviz's error messages from the current call, or `fallback` when it said none.
/// Call inside `GraphvizContext.withContext`.
private func failure(_ fallback: String) -> String {
    let errors = GraphvizContext.shared.takeMessages()
        .map { $0.hasPrefix("Error: ") ? String($0.dropFirst(7)) : $0 }
        .filter { !$0.hasPrefix("Warning: ") }
    return errors.isEmpty ? fallback : errors.joined(separator: " ")
}

/// Graphviz's warnings from the current call, without the `Warning: ` prefix; a
/// warning repeated for many edges is given once, with how many more there were.
private func warnings() -> [String] {
    let all = GraphvizContext.shared.takeMessages().compactMap {
        $0.hasPrefix("Warning: ") ? String($0.dropFirst(9)) : nil
    }
    // Warnings that differ only in the names they quote are one kind.
    func kind(_ text: String) -> Substring { text.prefix { $0 != "\"" } }
    var counts: [Substring: Int] = [:]
    for warning in all { counts[kind(warning), default: 0] += 1 }
    var shown = Set<Substring>()
    return all.compactMap { warning in
        let k = kind(warning)
        guard shown.insert(k).inserted else { return nil }
        let more = (counts[k] ?? 1) - 1
        return more > 0 ? warning + " (and \(more) more like it)" : warning
    }
}
