import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct PathTests {
    func ask(_ graph: ArchiveGraph, _ a: String, _ b: String, familyOnly: Bool = false, _ level: Confidence = .hearsay)
        throws -> PathResult
    {
        var scratch = GraphScratch()
        return graph.path(
            from: try #require(graph.personIndex(a)), to: try #require(graph.personIndex(b)), familyOnly: familyOnly,
            minConfidence: level, scratch: &scratch)
    }

    @Test func acrossTheFamilyEitherDirection() throws {
        let graph = try HyesanFixture.graph()
        let answer = try ask(graph, "P-09", "P-05")
        #expect(answer.path == ["P-09", "P-08", "P-03", "P-01", "P-04", "P-05"])
        #expect(answer.ties == [.parent, .sibling, .parent, .sibling, .spouse])
        let back = try ask(graph, "P-05", "P-09")
        #expect(back.path == ["P-05", "P-04", "P-01", "P-03", "P-08", "P-09"])
    }

    @Test func nonFamilyTiesAndFilters() throws {
        let graph = try HyesanFixture.graph()
        let answer = try ask(graph, "P-01", "P-12")
        #expect(answer.path == ["P-01", "P-11", "P-12"] && answer.ties == [.broker, .colleague])
        #expect(try ask(graph, "P-01", "P-12", familyOnly: true).path == nil)
        #expect(try ask(graph, "P-01", "P-12", .singleSource).path == nil)
    }

    @Test func noConnectionIsNull() throws {
        let answer = try ask(HyesanFixture.graph(), "P-01", "P-13")
        #expect(answer.path == nil && answer.ties == nil)
    }

    @Test func samePersonIsAPathOfLengthZero() throws {
        let answer = try ask(HyesanFixture.graph(), "P-07", "P-07")
        #expect(answer.path == ["P-07"] && answer.ties == [])
    }

    /// P-1 and P-4 are joined through P-2 and through P-3, and P-1–P-2 twice.
    func diamond() throws -> ArchiveGraph {
        var b = ArchiveBuilder()
        for id in ["P-1", "P-4", "P-3", "P-2"] { b.person(id, "Person \(id)") }
        b.tie("P-1", .friend, "P-3")
        b.tie("P-3", .friend, "P-4")
        b.tie("P-4", .neighbour, "P-2")
        b.tie("P-2", .friend, "P-1")
        b.tie("P-1", .sibling, "P-2")
        return try b.graph()
    }

    @Test func smallestIDsAmongShortestPaths() throws {
        let graph = try diamond()
        #expect(try ask(graph, "P-1", "P-4").path == ["P-1", "P-2", "P-4"])
        #expect(try ask(graph, "P-4", "P-1").path == ["P-4", "P-2", "P-1"])
        // Between P-1 and P-2 the sibling tie comes before the friend tie.
        #expect(try ask(graph, "P-1", "P-4").ties == [.sibling, .neighbour])
        #expect(try ask(graph, "P-3", "P-2").path == ["P-3", "P-1", "P-2"])
    }
}
