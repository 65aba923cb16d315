import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

@Test(arguments: ["people", "events"])
func svgHasOneGroupPerNodeAndPerEdge(view: String) throws {
    let diagram = view == "people" ? TestDiagrams.people() : TestDiagrams.events()
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    let nodeTitles = svg.nodeTitles.filter { !TestDiagrams.isInternal($0) }
    #expect(nodeTitles.sorted() == diagram.nodes.map(\.id).sorted())
    #expect(Set(nodeTitles).count == nodeTitles.count)
    let edgeTitles = svg.edgeTitles.filter { !$0.contains("kg-") }
    #expect(edgeTitles.sorted() == TestDiagrams.edgeTitles(diagram).sorted())
    #expect(svg.clusterTitles.filter { $0 != "cluster_legend" }.count == diagram.clusters.count)
}

@Test func peopleViewOfTheFamilyIsWhatWasWorkedOutByHand() throws {
    let diagram = TestDiagrams.people(reveal: true)
    #expect(diagram.nodes.map(\.id) == TestArchives.everyone)
    let shapes = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.id, $0.shape) })
    #expect(shapes["P-03"] == .focus)
    #expect(shapes["P-05"] == .person)
    #expect(["P-01", "P-02", "P-04", "P-06", "P-07"].allSatisfy { shapes[$0] == .punished })
    // Nine ties and five links between two different people (E-06 -> E-05 stays with P-06).
    #expect(diagram.edges.count == 9 + 5)
    let causal = diagram.edges.filter { $0.look == .punishedBecauseOf }
    #expect(causal.map { "\($0.from)->\($0.to)" } == ["P-03->P-01", "P-03->P-02", "P-03->P-04", "P-03->P-07", "P-07->P-06"])
    #expect(causal[0].label == ["guilt by association", "2013-07"])
    // The son's escape punished his parents: those arrows are drawn upward.
    #expect(causal.map(\.upward) == [true, true, false, false, false])
    #expect(diagram.edges.first { $0.look == .otherTie }?.label == ["broker"])
    // Households: the grandparents with their unmarried son; the defector's family.
    #expect(diagram.clusters.map(\.members) == [["P-01", "P-02", "P-06"], ["P-03", "P-04", "P-05"]])
    #expect(diagram.title == [
        "Fictional test archive", "Who was punished because of Kim Yong-nam?", "Archive as of 2020-02-03",
    ])
}

@Test func eventsViewGroupsByPersonAndRanksByYear() throws {
    let diagram = TestDiagrams.events(reveal: true)
    #expect(diagram.direction == .leftToRight)
    #expect(diagram.nodes.map(\.id) == ["E-01", "E-04", "E-02", "E-03", "E-07", "E-06", "E-05"])
    #expect(diagram.clusters.map(\.id) == ["P-03", "P-04", "P-01", "P-02", "P-07", "P-06"])
    #expect(diagram.clusters.last?.members == ["E-06", "E-05"])
    #expect(diagram.years.map(\.year) == [2013, 2014, 2015])
    #expect(diagram.years.map(\.members) == [["E-01", "E-04", "E-02", "E-03"], ["E-07", "E-06"], ["E-05"]])
    #expect(diagram.edges.count == 6)
    #expect(diagram.nodes.first?.shape == .focusEvent)
    #expect(diagram.nodes.dropFirst().allSatisfy { $0.shape == .event })
    let detention = try #require(diagram.nodes.first { $0.id == "E-04" })
    #expect(detention.label == ["detention", "2013-06", "Kyohwaso 12, Hoeryong, North Hamgyong", "MSS"])
    #expect(detention.tooltip.contains("Sources: T-002"))
    #expect(detention.tooltip.contains("Confidence: single-source"))
}

@Test func tooltipsListSourcesAndConfidence() throws {
    let svg = try SVGDocument(GraphvizRenderer().render(TestDiagrams.people(), format: .svg).bytes)
    let tooltips = svg.attributes.filter { $0.name.hasSuffix("title") }.map(\.value)
    // The broker tie: hearsay, from report R-001.
    #expect(tooltips.contains { $0.contains("broker") && $0.contains("Confidence: hearsay") && $0.contains("R-001") })
    // The defection of P-03 rests on two testimonies.
    #expect(tooltips.contains { $0.contains("Kim Yong-nam (P-03)") && $0.contains("Sources: T-001, T-002") })
}

@Test(arguments: [OutputFormat.svg, .pdf, .png, .dot])
func everyFormatHasItsSignature(format: OutputFormat) throws {
    let bytes = try GraphvizRenderer().render(TestDiagrams.people(), format: format).bytes
    let head = String(decoding: bytes.prefix(8), as: UTF8.self)
    switch format {
    case .svg: #expect(head.hasPrefix("<?xml"))
    case .pdf: #expect(head.hasPrefix("%PDF-"))
    case .png: #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    case .dot: #expect(head.hasPrefix("digraph"))
    }
}

@Test(arguments: LayoutEngine.allCases)
func everyLayoutDrawsEveryNode(layout: LayoutEngine) throws {
    let diagram = TestDiagrams.people()
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg, layout: layout).bytes)
    #expect(svg.nodeTitles.filter { !TestDiagrams.isInternal($0) }.sorted() == diagram.nodes.map(\.id).sorted())
}

@Test func formatComesFromTheExtension() {
    #expect(OutputFormat(path: "out/diagram.SVG") == .svg)
    #expect(OutputFormat(path: "a.b/diagram.pdf") == .pdf)
    #expect(OutputFormat(path: "x.png") == .png)
    #expect(OutputFormat(path: "x.dot") == .dot)
    #expect(OutputFormat(path: "x.jpeg") == nil)
    #expect(OutputFormat(path: "folder.svg/file") == nil)
    #expect(OutputFormat(path: "noextension") == nil)
}
