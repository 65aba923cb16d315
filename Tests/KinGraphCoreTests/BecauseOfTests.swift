import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct BecauseOfTests {
    let graph: ArchiveGraph
    init() throws { graph = try HyesanFixture.graph() }

    func ask(_ id: String, _ level: Confidence = .hearsay) throws -> BecauseOfResult {
        var scratch = GraphScratch()
        return graph.becauseOf(person: try #require(graph.personIndex(id)), minConfidence: level, scratch: &scratch)
    }

    @Test func ordersByChainLengthThenDateThenID() throws {
        let answer = try ask("P-01")
        #expect(answer.query == "because-of" && answer.person == "P-01" && answer.name == "Kim Chol-su")
        // Chains of two: E-10 (2013-05), E-03 (2013-06), E-17 (2020-04); of three: E-06
        // (2013-09), E-04 (2014-03); of four: E-11. People in the order of their first event.
        #expect(answer.results.map(\.person) == ["P-06", "P-02", "P-12", "P-13", "P-09"])
        #expect(answer.results[1].events.map(\.event) == ["E-03", "E-04"])
        let chains = answer.results.flatMap(\.events).map(\.chain)
        #expect(chains == [
            ["E-01", "E-10"], ["E-01", "E-03"], ["E-01", "E-03", "E-04"], ["E-16", "E-17"],
            ["E-01", "E-03", "E-06"], ["E-01", "E-03", "E-04", "E-11"],
        ])
    }

    @Test func ownPunishmentIsNotAResult() throws {
        // E-02 (P-01's repatriation) is reached from E-01, but it is P-01's own.
        let answer = try ask("P-01")
        #expect(!answer.results.contains { $0.person == "P-01" })
    }

    @Test func chainGoesThroughNonPunitiveEvents() throws {
        // From P-11's contact abroad (not punitive) to P-13's arrest.
        let answer = try ask("P-11")
        #expect(answer.results.map(\.person) == ["P-13"])
        let event = try #require(answer.results.first?.events.first)
        #expect(event.event == "E-06" && event.chain == ["E-05", "E-06"])
        #expect(event.links == [ChainLink(cause: "E-05", effect: "E-06", kind: .exposedBy, sources: ["T-1"])])
    }

    @Test func shortestChainIsTheSmallestByIDAmongEquals() throws {
        // E-06 is two links from E-01 both through E-03 and through E-05; E-03 < E-05.
        let answer = try ask("P-01")
        let e06 = try #require(answer.results.first { $0.person == "P-13" }?.events.first)
        #expect(e06.chain == ["E-01", "E-03", "E-06"])
        #expect(e06.links.map(\.kind) == [.guiltByAssociation, .exposedBy])
        #expect(e06.links.map(\.sources) == [["T-1", "T-2"], ["R-1"]])
    }

    @Test func confidenceFilterDropsHearsayLinksAndEvents() throws {
        // Without the hearsay link E-01 → E-10 and the hearsay event E-11.
        let answer = try ask("P-01", .singleSource)
        #expect(answer.results.map(\.person) == ["P-02", "P-12", "P-13"])
        // Corroborated: every event rests on one source, so no event is left to start from.
        #expect(try ask("P-01", .corroborated).results.isEmpty)
    }

    @Test func personWithoutEventsHasNoResults() throws {
        #expect(try ask("P-03").results.isEmpty)
    }
}
