import CGraphviz
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// The C library itself, through the shim and the renderer's context: a two-node
/// graph laid out and rendered to SVG in memory.
@Test func twoNodeGraphRendersToSVGInMemory() throws {
    let spec = GraphSpec(
        name: "smoke", graphAttributes: [], nodeDefaults: [], edgeDefaults: [], clusters: [],
        nodes: [
            .init(name: "a", attributes: [Attribute("label", "first")]),
            .init(name: "b", attributes: [Attribute("label", "second")]),
        ],
        edges: [.init(tail: "a", head: "b", attributes: [])], internalPrefix: "kg-")
    let output = try GraphvizRenderer().render(spec, engine: "dot", format: "svg")
    let svg = try SVGDocument(output.bytes)
    #expect(svg.nodeTitles == ["a", "b"])
    #expect(svg.edgeTitles == ["a->b"])
    #expect(svg.texts == ["first", "second"])
}

@Test func dotTextReadsBackThroughCgraph() throws {
    // Under the renderer's process-wide lock: cgraph is not thread-safe.
    let counts = try GraphvizContext.shared.withContext { _ -> (nodes: Int32, edges: Int32)? in
        guard let graph = kg_read("digraph g { a -> b [label=\"x\"]; }") else { return nil }
        defer { agclose(graph) }
        return (agnnodes(graph), agnedges(graph))
    }
    let read = try #require(counts)
    #expect(read.nodes == 2)
    #expect(read.edges == 1)
}
