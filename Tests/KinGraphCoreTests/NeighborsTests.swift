import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct NeighborsTests {
    let graph: ArchiveGraph
    init() throws { graph = try HyesanFixture.graph() }

    func ask(_ id: String, depth: Int = 1, familyOnly: Bool = false, _ level: Confidence = .hearsay) throws
        -> NeighborsResult
    {
        var scratch = GraphScratch()
        return try graph.neighbors(
            person: try #require(graph.personIndex(id)), depth: depth, familyOnly: familyOnly, minConfidence: level,
            scratch: &scratch)
    }

    @Test func depthOneByDefault() throws {
        let answer = try ask("P-01")
        #expect(answer.results.map(\.person) == ["P-02", "P-03", "P-04", "P-06", "P-10", "P-11"])
        #expect(answer.results.allSatisfy { $0.distance == 1 })
        #expect(try ask("P-01", familyOnly: true).results.map(\.person) == ["P-02", "P-03", "P-04", "P-06", "P-10"])
    }

    @Test func depthTwo() throws {
        let answer = try ask("P-01", depth: 2)
        let rows = answer.results.map { "\($0.person):\($0.distance)" }
        #expect(rows == [
            "P-02:1", "P-03:1", "P-04:1", "P-05:2", "P-06:1", "P-07:2", "P-08:2", "P-10:1", "P-11:1", "P-12:2",
            "P-14:2", "P-15:2",
        ])
        #expect(try ask("P-01", depth: 2, .singleSource).results.count == rows.count - 1)  // hearsay P-11–P-12
    }

    @Test func badDepthAndIsolatedPeople() throws {
        #expect(throws: QueryError.depthNotPositive(0)) { try ask("P-01", depth: 0) }
        #expect(try ask("P-13", depth: 5).results.isEmpty)
        #expect(try ask("P-01", depth: 1_000_000).results.count == 13)  // everyone but P-01 and P-13
    }
}
