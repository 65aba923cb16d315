/// The Graphviz layout engines KinGraph offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered, for family trees and causal chains (the default).
    case dot
    /// Spring model, for small networks without a direction.
    case neato
    /// Force-directed with clusters.
    case fdp
    /// Force-directed for large graphs: the one to use past a few hundred nodes.
    case sfdp
    /// Circular.
    case circo
}

/// What a diagram can be written as, chosen by the file's extension.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, pdf, png, dot

    /// The format for a file name's extension (`.svg`, `.pdf`, `.png`, `.dot`, any
    /// case); `nil` for any other.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

/// How big a diagram the renderer accepts before it refuses (unless forced).
///
/// Graphviz's layered layout takes minutes on thousands of nodes, and thousands of
/// labelled parallel edges slow every engine; refusing is better than a layout that
/// seems to hang.
public struct RenderLimits: Sendable, Hashable {
    /// Most nodes for every engine but sfdp.
    public var nodes: Int
    /// Most nodes for sfdp.
    public var sfdpNodes: Int
    /// Most edges, as a multiple of the node limit.
    public var edgesPerNode: Int
    /// Past this many nodes the renderer suggests sfdp.
    public var suggestSfdpAbove: Int

    public init(nodes: Int = 1_000, sfdpNodes: Int = 20_000, edgesPerNode: Int = 4, suggestSfdpAbove: Int = 300) {
        self.nodes = nodes
        self.sfdpNodes = sfdpNodes
        self.edgesPerNode = edgesPerNode
        self.suggestSfdpAbove = suggestSfdpAbove
    }

    /// The node limit for `layout`.
    public func nodeLimit(for layout: LayoutEngine) -> Int { layout == .sfdp ? sfdpNodes : nodes }
}

/// What a render produced.
public struct RenderOutput: Sendable {
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Things worth telling the user (Graphviz warnings, a faster layout to try).
    public var warnings: [String]

    public init(bytes: [UInt8], warnings: [String] = []) {
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// Anything that turns a diagram into file bytes: Graphviz in this process today, a
/// recyclable helper process for a long-running server later (dot leaks memory on
/// every layout with clusters).
public protocol DiagramRendering: Sendable {
    func render(_ diagram: Diagram, format: OutputFormat, layout: LayoutEngine, force: Bool) throws(RenderError)
        -> RenderOutput
}
