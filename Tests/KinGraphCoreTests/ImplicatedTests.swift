import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct ImplicatedTests {
    let graph: ArchiveGraph
    init() throws { graph = try HyesanFixture.graph() }

    func ask(_ id: String, depth: Int = 3, event: String? = nil, _ level: Confidence = .hearsay) throws
        -> ImplicatedResult
    {
        var scratch = GraphScratch()
        let chosen = try event.map { try #require(graph.eventIndex($0)) }
        return try graph.implicated(
            person: try #require(graph.personIndex(id)), depth: depth, event: chosen, minConfidence: level,
            scratch: &scratch)
    }

    func row(_ r: ImplicatedResult.Relative) -> String {
        "\(r.person) \(r.distance) \(r.kinship) \(r.status.rawValue) \(r.events.joined(separator: ","))"
    }

    @Test func relativesWithinThreeHops() throws {
        let answer = try ask("P-01")
        #expect(answer.escapes == ["E-01", "E-16"] && answer.depth == 3)
        #expect(answer.relatives.map(row) == [
            "P-02 1 mother punished E-03,E-04",
            "P-03 1 father at-risk ",
            "P-04 1 sister unlinked E-07",  // 2013-04 is not before the escape's 2013-04-01
            "P-05 2 brother-in-law at-risk ",  // arrested 2010-06, before the escape
            "P-06 1 wife punished E-10",
            "P-07 2 father-in-law at-risk ",  // his own defection is not punitive
            "P-08 2 uncle unlinked E-09",  // 2012/2014 straddles the escape
            "P-09 3 cousin punished E-11",
            "P-10 1 son unlinked E-13",  // undated: not dated before
            "P-14 2 grandmother at-risk ",  // executed 2011-12-17, before
            "P-15 2 parent's spouse at-risk ",  // detained 2011-12, before
        ])
        let cousin = try #require(answer.relatives.first { $0.person == "P-09" })
        #expect(cousin.chains.map(\.chain) == [["E-01", "E-03", "E-04", "E-11"]])
        #expect(cousin.chains.first?.links.map(\.kind) == [.guiltByAssociation, .ledTo, .guiltByAssociation])
        #expect(cousin.steps == ["parent", "sibling", "child"])
        #expect(answer.others.map(\.person) == ["P-12", "P-13"])
        #expect(answer.others.map(\.events) == [["E-17"], ["E-06"]])
        #expect(answer.others.map { $0.chains.map(\.chain) } == [[["E-16", "E-17"]], [["E-01", "E-03", "E-06"]]])
    }

    @Test func depthOneMovesTheCousinToOthers() throws {
        let answer = try ask("P-01", depth: 1)
        #expect(answer.relatives.map(\.person) == ["P-02", "P-03", "P-04", "P-06", "P-10"])
        #expect(answer.others.map(\.person) == ["P-09", "P-12", "P-13"])
    }

    @Test func confidenceFilter() throws {
        // Without the hearsay link to E-10, P-06's 2013-05 interrogation is unlinked;
        // without the hearsay event E-11, P-09 has nothing.
        let answer = try ask("P-01", .singleSource)
        let status = Dictionary(uniqueKeysWithValues: answer.relatives.map { ($0.person, $0.status) })
        #expect(status["P-06"] == .unlinked && status["P-09"] == .atRisk && status["P-02"] == .punished)
    }

    @Test func oneEscapeChosen() throws {
        let answer = try ask("P-01", event: "E-16")
        #expect(answer.escapes == ["E-16"])
        #expect(answer.relatives.allSatisfy { $0.status != .punished })
        // Earliest escape is now 2020-03: P-04's 2013-04 relocation is dated before it.
        #expect(answer.relatives.first { $0.person == "P-04" }?.status == .atRisk)
        #expect(answer.relatives.first { $0.person == "P-10" }?.status == .unlinked)
        #expect(answer.others.map(\.person) == ["P-12"])
    }

    @Test func errors() throws {
        #expect(throws: QueryError.noEscape(person: "P-03")) { try ask("P-03") }
        #expect(throws: QueryError.depthNotPositive(0)) { try ask("P-01", depth: 0) }
        #expect(throws: QueryError.depthNotPositive(-2)) { try ask("P-01", depth: -2) }
        #expect(throws: QueryError.notAnEscape(event: "E-02", kind: .repatriation)) { try ask("P-01", event: "E-02") }
        #expect(throws: QueryError.eventOfAnotherPerson(event: "E-12", person: "P-01")) {
            try ask("P-01", event: "E-12")
        }
        let message = QueryError.noEscape(person: "P-03").description
        #expect(message.contains("because-of P-03"))
    }

    @Test func hugeDepthIsBoundedByTheGraph() throws {
        let answer = try ask("P-01", depth: 1_000_000)
        #expect(answer.relatives.count == 11)
    }

    @Test func theEarliestEscapeIsTheEarliestDatedOne() throws {
        var b = ArchiveBuilder()
        b.person("P-1", "Ri Chol", .male)
        b.person("P-2", "Ri Sun", .female)
        b.tie("P-1", .sibling, "P-2")
        try b.event("E-1", "P-1", .escapeAttempt, "2015")
        try b.event("E-2", "P-1", .defection, nil)
        try b.event("E-3", "P-2", .arrest, "2001")
        var scratch = GraphScratch()
        let graph = try b.graph()
        // The 2015 escape is the earliest (the undated one has no earliest day), and the
        // 2001 arrest is dated before it.
        let both = try graph.implicated(person: 0, scratch: &scratch)
        #expect(both.relatives.map(\.status) == [.atRisk])
        let dated = try graph.implicated(person: 0, event: 0, scratch: &scratch)
        #expect(dated.relatives.map(\.status) == [.atRisk])
        // Only the undated escape: nothing is dated before it.
        let undated = try graph.implicated(person: 0, event: 1, scratch: &scratch)
        #expect(undated.relatives.map(\.status) == [.unlinked])
    }
}

/// Any depth is searched, bounded by the graph; past `maxKinshipSteps` hops the
/// kinship is not written out step by step (over a long line of descent that is d²).
@Test func implicatedFollowsAnyDepthAndStopsWritingStepsPastTheLimit() throws {
    let count = 200
    let people = (0..<count).map { Person(id: "P-\($0)", name: "Person \($0)", sources: ["T-1"]) }
    let ties = (1..<count).map { Tie(from: "P-\($0 - 1)", to: "P-\($0)", kind: .parent, sources: ["T-1"]) }
    let escape = Event(id: "E-1", person: "P-0", kind: .defection, sources: ["T-1"])
    let graph = try ArchiveGraph(
        Archive(sources: [Source(id: "T-1", kind: .testimony)], people: people, ties: ties, events: [escape]))
    var scratch = GraphScratch()
    let limit = ArchiveGraph.maxKinshipSteps
    let all = try graph.implicated(person: 0, depth: 1_000_000, scratch: &scratch)
    #expect(all.relatives.count == count - 1)
    let byDistance = Dictionary(uniqueKeysWithValues: all.relatives.map { ($0.distance, $0) })
    #expect(byDistance[2]?.kinship == "grandchild")
    #expect(byDistance[limit]?.steps.count == limit)
    #expect(byDistance[limit + 1]?.steps == [])
    #expect(byDistance[count - 1]?.kinship == "relative, \(count - 1) family steps away")
}
