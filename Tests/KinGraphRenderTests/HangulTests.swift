import KinGraphTestSupport
import Testing

@testable import KinGraphRender

@Test func hangulSurvivesInSVGAndDOT() throws {
    let diagram = TestDiagrams.people()
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    let label = svg.textsByGroup["P-03"] ?? []
    #expect(label == ["Kim Yong-nam", "김영남", "b. 1984", "defected"])
    #expect(svg.attributes.contains { $0.name == "font-family" && $0.value == "NanumGothic" })
    let dot = try GraphvizRenderer().render(diagram, format: .dot).bytes
    #expect(String(decoding: dot, as: UTF8.self).contains("김영남"))
}

@Test func pdfEmbedsTheKoreanFontAndItsHangul() throws {
    let bytes = try GraphvizRenderer().render(TestDiagrams.people(), format: .pdf).bytes
    let pdf = PDFInspection(bytes)
    #expect(String(decoding: bytes, as: UTF8.self).contains("+NanumGothic"))
    // 김 (U+AE40) is drawn, so some font maps a glyph to it.
    #expect(pdf.cmapValues.contains(0xAE40))
    #expect(pdf.text.contains("Kim Yong-nam"))
}

@Test func hangulHasCorrectWidths() throws {
    // A Korean font gives each syllable roughly a full em: a ten-syllable label is
    // far wider than a label of ten narrow Latin letters.
    var diagram = Diagram(title: ["Widths"])
    diagram.nodes = [
        Diagram.Node(id: "k", label: ["가나다라마바사아자차"]), Diagram.Node(id: "l", label: ["iiiiiiiiii"]),
    ]
    let dot = try GraphvizRenderer().render(diagram, format: .svg).bytes
    let text = String(decoding: dot, as: UTF8.self)
    #expect(text.contains("가나다라마바사아자차"))
    let svg = try SVGDocument(dot)
    let widths = svg.attributes.filter { $0.element == "ellipse" && $0.name == "rx" }.compactMap { Double($0.value) }
    #expect(widths.count >= 2)
    #expect((widths.max() ?? 0) > 2 * (widths.min() ?? 1))
}
