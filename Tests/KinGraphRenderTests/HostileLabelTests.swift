import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// Text an archive could hold that must come out as plain text.
private let hostile = [
    "Quote \" inside", "back\\slash and \\N and \\n and \\l", "<script>alert('x')</script>",
    "Tom & Jerry &amp; &lt;b&gt;", "line\nbreak\r\ttab", "emoji 😀👨‍👩‍👧", "nul\u{0}bell\u{7}esc\u{1B}del\u{7F}",
    "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>", "]]> <!-- --> <?xml?>",
    String(repeating: "very long text ", count: 400), "bidi \u{202E}reversed\u{202C} end", "\u{FFFE}\u{FFFF}",
]

/// A diagram that puts hostile text everywhere archive text can go.
private func hostileDiagram() -> Diagram {
    var diagram = Diagram(title: hostile)
    diagram.nodes = hostile.enumerated().map { index, text in
        Diagram.Node(id: "id \(index) \(text)", label: [text, "second line"], tooltip: [text, text])
    }
    diagram.edges = zip(diagram.nodes, diagram.nodes.dropFirst()).map { a, b in
        Diagram.Edge(from: a.id, to: b.id, label: [hostile[3]], tooltip: hostile, look: .otherTie)
    }
    diagram.clusters = [Diagram.Cluster(id: "c", label: hostile, look: .household, members: [diagram.nodes[0].id])]
    return diagram
}

@Test func hostileLabelsGiveWellFormedSVGWithoutScript() throws {
    let bytes = try GraphvizRenderer().render(hostileDiagram(), format: .svg).bytes
    let svg = try SVGDocument(bytes)
    #expect(!svg.elements.contains("script"))
    #expect(!svg.elements.contains("a") || svg.attributes.allSatisfy { !$0.name.hasSuffix("href") })
    #expect(!svg.attributes.contains { $0.value.lowercased().contains("javascript:") && $0.name.hasSuffix("href") })
    #expect(!svg.attributes.contains { $0.name.lowercased().hasPrefix("on") })
    // The text is shown as written: escapes are not interpreted.
    #expect(svg.texts.contains("<script>alert('x')</script>"))
    #expect(svg.texts.contains("back\\slash and \\N and \\n and \\l"))
    #expect(svg.texts.contains("Tom & Jerry &amp; &lt;b&gt;"))
    #expect(svg.texts.contains("Quote \" inside"))
    #expect(svg.texts.contains("emoji 😀👨‍👩‍👧"))
    #expect(svg.texts.contains("linebreaktab"))
    #expect(svg.texts.contains("nulbellescdel"))
    #expect(svg.texts.contains("bidi reversed end"))
    // Long text is cut.
    #expect(svg.texts.contains { $0.hasPrefix("very long text") && $0.hasSuffix("…") && $0.count == 48 })
    #expect(svg.nodeTitles.filter { !TestDiagrams.isInternal($0) }.count == hostile.count)
    #expect(svg.edgeTitles.count == hostile.count - 1)
}

@Test(arguments: [OutputFormat.pdf, .png])
func hostileLabelsRenderToEveryFormat(format: OutputFormat) throws {
    let output = try GraphvizRenderer().render(hostileDiagram(), format: format)
    if format == .pdf {
        let text = PDFInspection(output.bytes).text
        #expect(text.contains("very long text") && text.contains("linebreaktab"))
    } else {
        let png = try #require(PNGInspection(output.bytes))
        // A picture with ink on it, not a blank page.
        #expect(png.width > 100 && png.height > 100 && png.distinctColours > 2 && png.drawnShare > 0.01)
    }
}

@Test func hostileLabelsReadBackFromDOTExactly() throws {
    let spec = GraphSpec(hostileDiagram())
    let text = DOTEncoder().encode(spec)
    let read = try DOTReader.read(text, attributes: Set(spec.allNodes.flatMap { $0.attributes.map(\.name) }))
    #expect(read.nodes == spec.allNodes.map(\.name))
    for node in spec.allNodes {
        for attribute in node.attributes where !attribute.isHTML {
            #expect(read.attribute(attribute.name, ofNode: node.name) == attribute.value, "\(node.name).\(attribute.name)")
        }
    }
    #expect(read.graphLabel == spec.graphAttributes.first { $0.name == "label" }?.value)
    #expect(read.edgeCount == spec.edges.count)
}

@Test func graphvizTextEscapesWhatGraphvizWouldInterpret() {
    #expect(GraphvizText.label(["a\\b"]) == "a\\\\b")
    #expect(GraphvizText.label(["a&b"]) == "a&amp;b")
    #expect(GraphvizText.label(["one", "two"]) == "one\\ntwo")
    #expect(GraphvizText.label(["x\u{0}\u{1F}\u{7F}\u{85}\u{FFFE}y"]) == "xy")
    // A backslash followed by a combining mark is still escaped.
    #expect(GraphvizText.label(["\\\u{301}N"]) == "\\\\\u{301}N")
    #expect(GraphvizText.label(Array(repeating: "x", count: 20)).components(separatedBy: "\\n").count == 8)
    #expect(GraphvizText.name("a\"b\\c\nd") == "a\"b\\\\cd")
}

@Test func dotQuotingKeepsValuesIntact() {
    let encoder = DOTEncoder()
    #expect(encoder.quote("plain") == "\"plain\"")
    #expect(encoder.quote("say \"hi\"") == "\"say \\\"hi\\\"\"")
    #expect(encoder.quote("a\\\\b") == "\"a\\\\b\"")
    #expect(encoder.quote("ends\\") == "\"ends\\\\\"")
    #expect(encoder.quote("x\\\"") == "\"x\\\\\\\"\"")
}
