import KinGraphTestSupport
import Testing

@testable import KinGraphRender

private let tiny = GraphSpec(
    name: "g", graphAttributes: [], nodeDefaults: [], edgeDefaults: [], clusters: [],
    nodes: [.init(name: "a", attributes: [])], edges: [], internalPrefix: "kg-")

@Test func unknownLayoutIsASwiftErrorWithGraphvizMessage() throws {
    #expect {
        try GraphvizRenderer().render(tiny, engine: "no-such-layout", format: "svg")
    } throws: { error in
        guard case RenderError.graphviz(let stage, let message) = error else { return false }
        return stage == "lay out" && message.contains("no-such-layout") && message.contains("not recognized")
    }
}

@Test func unknownFormatIsASwiftErrorWithGraphvizMessage() throws {
    #expect {
        try GraphvizRenderer().render(tiny, engine: "dot", format: "no-such-format")
    } throws: { error in
        guard case RenderError.graphviz(let stage, let message) = error else { return false }
        return stage == "render" && message.contains("no-such-format")
    }
}

@Test func rendererStillWorksAfterAnError() throws {
    _ = try? GraphvizRenderer().render(tiny, engine: "no-such-layout", format: "svg")
    let output = try GraphvizRenderer().render(tiny, engine: "dot", format: "svg")
    #expect(try SVGDocument(output.bytes).nodeTitles == ["a"])
}

@Test func tooLargeDiagramIsRefusedUnlessForced() throws {
    var diagram = Diagram(title: ["Big"])
    diagram.nodes = (0..<30).map { Diagram.Node(id: "n\($0)", label: ["\($0)"]) }
    let renderer = GraphvizRenderer(limits: RenderLimits(nodes: 20, sfdpNodes: 40, suggestSfdpAbove: 10))
    #expect {
        try renderer.render(diagram, format: .svg, layout: .dot)
    } throws: { error in
        guard case RenderError.tooLarge(let nodes, _, let limit, _, .dot) = error else { return false }
        let text = "\(error)"
        return nodes == 30 && limit == 20 && text.contains("--layout sfdp") && text.contains("--force")
    }
    let forced = try renderer.render(diagram, format: .svg, layout: .dot, force: true)
    #expect(try SVGDocument(forced.bytes).nodeTitles.filter { $0.hasPrefix("n") }.count == 30)
    #expect(forced.warnings.contains { $0.contains("sfdp") })
    // sfdp has its own, higher limit.
    let sfdp = try renderer.render(diagram, format: .svg, layout: .sfdp)
    #expect(!sfdp.warnings.contains { $0.contains("--layout sfdp") })
}
