import CGraphviz

@testable import KinGraphRender

/// Reads DOT text back through cgraph, to check what Graphviz makes of the encoder's
/// output.
struct DOTReader {
    struct Failure: Error {}

    var nodes: [String] = []
    var edgeCount = 0
    var graphLabel: String?
    private var values: [String: [String: String]] = [:]

    static func read(_ text: String, attributes names: Set<String>) throws -> DOTReader {
        // cgraph is not thread-safe: take the renderer's process-wide lock, as every
        // Graphviz call must while other tests render concurrently.
        let reader = try GraphvizContext.shared.withContext { _ in readUnlocked(text, attributes: names) }
        guard let reader else { throw Failure() }
        return reader
    }

    private static func readUnlocked(_ text: String, attributes names: Set<String>) -> DOTReader? {
        guard let graph = kg_read(text) else { return nil }
        defer { agclose(graph) }
        var reader = DOTReader()
        reader.graphLabel = kg_get(UnsafeMutableRawPointer(graph), "label").map { String(cString: $0) }
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            reader.nodes.append(name)
            for attribute in names.sorted() {
                if let value = kg_get(UnsafeMutableRawPointer(current), attribute) {
                    reader.values[name, default: [:]][attribute] = String(cString: value)
                }
            }
            reader.edgeCount += Int(agcountuniqedges(graph, current, 0, 1))
            node = agnxtnode(graph, current)
        }
        return reader
    }

    func attribute(_ name: String, ofNode node: String) -> String? { values[node]?[name] }
}

extension GraphSpec {
    /// Nodes inside clusters, then the others, as the encoder writes them.
    var allNodes: [Node] { clusters.flatMap(\.nodes) + nodes }
}
