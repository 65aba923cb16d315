import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// No protected person's name, hangul, alias, birth date, home or places in any
/// output bytes, PDF streams inflated; pseudonyms stable across outputs.
@Test(arguments: [OutputFormat.svg, .dot, .pdf, .png])
func protectedPersonAppearsNowhere(format: OutputFormat) throws {
    for (view, diagram) in [("people", TestDiagrams.people()), ("events", TestDiagrams.events())] {
        let bytes = try GraphvizRenderer().render(diagram, format: format).bytes
        let raw = String(decoding: bytes, as: UTF8.self)
        // SVG writes `-` as `&#45;`: search the decoded text too.
        var haystacks = [raw, decodeXMLEntities(raw)]
        if format == .pdf {
            let pdf = PDFInspection(bytes)
            haystacks += pdf.streams.map { String(decoding: $0, as: UTF8.self) }
            haystacks.append(pdf.text)
            // The drawn text is really there: a positive control for the search.
            #expect(pdf.text.contains("Protected person"))
            // No glyph of the protected hangul (박, 미, 란) is in any font; 김 is.
            #expect(pdf.cmapValues.isDisjoint(with: [0xBC15, 0xBBF8, 0xB780]))
            if view == "people" { #expect(pdf.cmapValues.contains(0xAE40)) }
        }
        for secret in TestArchives.protectedStrings {
            #expect(!haystacks.contains { $0.contains(secret) }, "\(secret) found in \(format)")
        }
    }
}

@Test func revealDrawsTheProtectedPersonInFull() throws {
    let bytes = try GraphvizRenderer().render(TestDiagrams.people(reveal: true), format: .svg).bytes
    let svg = try SVGDocument(bytes)
    #expect(svg.textsByGroup["P-04"] == ["Pak Mi-ran", "박미란", "b. 1986", "detained"])
    // The positive control of the byte search: found once entities are decoded.
    #expect(decodeXMLEntities(String(decoding: bytes, as: UTF8.self)).contains("Pak Mi-ran"))
}

@Test func pseudonymIsTheSameInEveryOutputAndView() throws {
    let archive = TestArchives.family()
    let pseudonym = try #require(Redactor(archive).pseudonym(for: "P-04"))
    let id = Redactor(archive).redactedID(for: "P-04")
    let people = try SVGDocument(GraphvizRenderer().render(TestDiagrams.people(), format: .svg).bytes)
    #expect(people.textsByGroup[id] == [pseudonym, "detained"])
    let events = try SVGDocument(GraphvizRenderer().render(TestDiagrams.events(), format: .svg).bytes)
    #expect(events.texts.contains(pseudonym))
    let dot = String(decoding: try GraphvizRenderer().render(TestDiagrams.people(), format: .dot).bytes, as: UTF8.self)
    #expect(dot.contains("\"\(id)\" [label=\"\(pseudonym)\\ndetained\""))
}

@Test func redactionKeepsTheShapeOfTheDiagram() {
    let redactor = Redactor(TestArchives.family())
    let hidden = TestDiagrams.people(), shown = TestDiagrams.people(reveal: true)
    let hiddenNodes = Dictionary(uniqueKeysWithValues: hidden.nodes.map { ($0.id, $0) })
    #expect(hidden.nodes.count == shown.nodes.count)
    for node in shown.nodes {
        let counterpart = hiddenNodes[redactor.redactedID(for: node.id)]
        #expect(counterpart?.shape == node.shape && counterpart?.fill == node.fill, "\(node.id)")
    }
    func edges(_ d: Diagram, _ map: (String) -> String) -> [String] {
        d.edges.map { "\(map($0.from))->\(map($0.to)) \($0.look.meaning) \($0.label)" }.sorted()
    }
    #expect(edges(hidden, { $0 }) == edges(shown, redactor.redactedID(for:)))
    #expect(Set(hidden.clusters.map { Set($0.members) }) == Set(shown.clusters.map { Set($0.members.map(redactor.redactedID(for:))) }))
}
