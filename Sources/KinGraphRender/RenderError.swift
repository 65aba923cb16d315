/// Why a diagram could not be rendered.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The diagram is bigger than the layout handles in reasonable time.
    case tooLarge(nodes: Int, edges: Int, nodeLimit: Int, edgeLimit: Int, layout: LayoutEngine)
    /// Graphviz failed; `message` is what it said.
    case graphviz(stage: String, message: String)

    public var description: String {
        switch self {
        case let .tooLarge(nodes, edges, nodeLimit, edgeLimit, layout):
            var text = "the diagram has \(nodes) nodes and \(edges) edges, more than layout '\(layout.rawValue)' "
            text += "draws in reasonable time (\(nodeLimit) nodes, \(edgeLimit) edges): "
            text += "narrow the question (--focus, --depth)"
            if layout != .sfdp { text += ", use --layout sfdp" }
            return text + ", or pass --force to draw it anyway"
        case let .graphviz(stage, message):
            return "Graphviz could not \(stage) the diagram: \(message)"
        }
    }
}
