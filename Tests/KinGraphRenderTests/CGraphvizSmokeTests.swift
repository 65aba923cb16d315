import CGraphviz
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
    let graph = try #require(kg_read("digraph g { a -> b [label=\"x\"]; }"))
    defer { agclose(graph) }
    #expect(agnnodes(graph) == 2)
    #expect(agnedges(graph) == 1)
}
