import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct TimelineTests {
    @Test func ownEventsAndLinkedOnesInDateOrder() throws {
        let graph = try HyesanFixture.graph()
        var scratch = GraphScratch()
        let answer = graph.timeline(person: try #require(graph.personIndex("P-02")), scratch: &scratch)
        // E-11 is dated "2014", whose earliest day comes before E-04's 2014-03.
        #expect(answer.events.map(\.event) == ["E-01", "E-03", "E-06", "E-11", "E-04"])
        #expect(answer.events.map(\.person) == ["P-01", "P-02", "P-13", "P-09", "P-02"])
        let e03 = answer.events[1]
        #expect(e03.causes == [.init(event: "E-01", kind: .guiltByAssociation, sources: ["T-1", "T-2"])])
        #expect(e03.effects == [
            .init(event: "E-04", kind: .ledTo, sources: ["T-1"]), .init(event: "E-06", kind: .exposedBy, sources: ["R-1"]),
        ])
        // E-01's other effects (E-02, E-05, E-10) are not P-02's, nor linked to P-02's events.
        #expect(answer.events[0].effects.map(\.event) == ["E-03"])
        #expect(e03.sources == ["T-1"] && e03.confidence == .singleSource)

        let filtered = graph.timeline(person: 1, minConfidence: .singleSource, scratch: &scratch)
        #expect(filtered.events.map(\.event) == ["E-01", "E-03", "E-06", "E-04"])
    }
}
