import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

@Test func legendOfTheFamilyListsExactlyWhatIsDrawn() {
    let legend = TestDiagrams.people().legend
    #expect(legend.entries.map(\.meaning) == [
        "at large", "detained", "disappeared", "executed", "defected", "status unknown",
        "person asked about", "punished", "other person",
        "household (spouses, unmarried children)",
        "parent to child", "spouses", "siblings", "other tie (kind written on it)",
        "punished because of (link, date)",
    ])
}

@Test func legendLeavesOutWhatIsNotDrawn() throws {
    // Two people of unknown status, one parent tie: nothing else may be listed.
    let archive = Archive(
        title: "Tiny",
        people: [Person(id: "A", name: "Ri A", sources: ["S"]), Person(id: "B", name: "Ri B", sources: ["S"])],
        ties: [Tie(from: "A", to: "B", kind: .parent, sources: ["S"])])
    let diagram = PeopleDiagramBuilder(archive: archive).diagram(people: ["A", "B"], focus: nil, question: .wholeArchive)
    #expect(diagram.legend.entries == [.fill(.unknownStatus), .shape(.person), .line(.parent)])

    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    // The arrowhead of a directed line sample is a ▶ glyph.
    let table = svg.textsByGroup["kg-legend"] ?? []
    #expect(table == ["Legend", "status unknown", "▶", "parent to child"])
    #expect(svg.textsByGroup["kg-legend-shape-1"] == ["other person"])
    #expect(svg.textsByGroup["kg-legend-shape-2"] == nil)
}

@Test func legendInTheSVGMatchesTheLegendOfTheDiagram() throws {
    for diagram in [TestDiagrams.people(), TestDiagrams.events()] {
        let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
        let shown = svg.textsByGroup.filter { $0.key.hasPrefix("kg-legend") }.values.flatMap { $0 }
            .filter { $0 != "▶" }
        let expected = diagram.legend.entries.map(\.meaning)
        #expect(Set(shown.filter { $0 != "Legend" }) == Set(expected))
        #expect(shown.count == expected.count + 1)
    }
}

@Test func eventsLegendHasTheTimeAxisAndTheLinkKindsUsed() {
    let meanings = TestDiagrams.events().legend.entries.map(\.meaning)
    #expect(meanings.contains("time (years)"))
    #expect(meanings.contains("guilt by association") && meanings.contains("led to") && meanings.contains("exposed"))
    #expect(!meanings.contains("spouses"))
}

@Test func legendTableEscapesItsWords() {
    #expect(LegendTable.escape("a<b>&\"c\u{7}") == "a&lt;b&gt;&amp;&quot;c")
}
