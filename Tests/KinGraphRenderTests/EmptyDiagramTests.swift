import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

@Test func emptyPeopleDiagramSaysNoOneFound() throws {
    let diagram = PeopleDiagramBuilder(archive: TestArchives.family()).diagram(
        people: [], focus: nil, question: .becauseOf(person: "P-05"))
    #expect(diagram.legend.entries.isEmpty)
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    #expect(svg.texts.contains("No one found"))
    #expect(svg.texts.contains("Who was punished because of Kim Su-jin?"))
    #expect(svg.nodeTitles == ["kg-empty"])
    #expect(svg.edgeTitles.isEmpty)
    let pdf = PDFInspection(try GraphvizRenderer().render(diagram, format: .pdf).bytes)
    #expect(pdf.text.contains("No one found"))
    let png = PNGInspection(try GraphvizRenderer().render(diagram, format: .png).bytes)
    #expect(png != nil && png!.width > 0 && png!.drawnShare > 0)
    let dot = String(decoding: try GraphvizRenderer().render(diagram, format: .dot).bytes, as: UTF8.self)
    #expect(dot.contains("No one found") && dot.contains("kg-empty"))
}

@Test func emptyEventsDiagramSaysNoEventsFound() throws {
    let diagram = EventsDiagramBuilder(archive: TestArchives.family()).diagram(
        events: ["E-99"], focus: nil, question: .timeline(person: "P-05"))
    #expect(diagram.nodes.isEmpty && diagram.years.isEmpty)
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    #expect(svg.texts.contains("No events found"))
}

@Test func unknownIdsAndDuplicatesAreSkipped() {
    let diagram = PeopleDiagramBuilder(archive: TestArchives.family()).diagram(
        people: ["P-02", "nobody", "P-01", "P-02"], focus: "P-01", question: .wholeArchive)
    #expect(diagram.nodes.map(\.id) == ["P-01", "P-02"])
    #expect(diagram.edges.map(\.look) == [.spouse])
}

@Test func internalNamesNeverCollideWithNodeIds() {
    var diagram = Diagram(title: ["Collide"])
    diagram.nodes = [Diagram.Node(id: "kg-legend", label: ["a"]), Diagram.Node(id: "kg-empty", label: ["b"])]
    let spec = GraphSpec(diagram)
    #expect(spec.internalPrefix == "_kg-")
    let names = spec.allNodes.map(\.name)
    #expect(Set(names).count == names.count)
}
