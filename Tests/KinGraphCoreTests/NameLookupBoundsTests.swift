import KinGraphTestSupport
import Testing

@testable import KinGraphCore

/// The bounded name lookup: an unknown id fails at once, and the pruned "closest
/// names" scan gives exactly what sorting everyone by distance gives.
@Suite struct NameLookupBoundsTests {
    @Test func anUnknownIDFailsAtOnceWithItsOwnMessage() throws {
        let graph = try HyesanFixture.graph()
        #expect(throws: QueryError.unknownPersonID("P-9999999")) { try graph.resolvePerson("P-9999999") }
        #expect(QueryError.unknownPersonID("P-99").description == "no person has the id 'P-99'")
        // A name is still looked up by name.
        #expect(throws: QueryError.self) { try graph.resolvePerson("Kim Chal-su") }
        do {
            _ = try graph.resolvePerson("Kim Chal-su")
        } catch {
            guard case .unknownPerson = error else { throw error }
        }
    }

    @Test(arguments: [
        ("P-0001", true), ("P-9999999", true), ("kp_17", true), ("E-12/3", true), ("P-", false),
        ("Kim Chol-su", false), ("Kim 2", false), ("김철수", false), ("", false), ("12", true),
    ])
    func idShapes(text: String, isID: Bool) {
        #expect(NameMatch.looksLikeID(text) == isID)
    }

    /// Everyone's distance, sorted by distance then id: what the scan used to do.
    func sortedByDistance(_ graph: ArchiveGraph, _ text: String, count: Int) -> [String] {
        let query = NameKey(text).canonical
        let scored = (0..<Int32(graph.personCount)).map { p in
            (p, graph.names(of: p).map { NameMatch.distance(query, NameKey($0).canonical) }.min() ?? Int.max)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : graph.personPrecedes($0.0, $1.0) }
            .prefix(count).map { graph.label($0.0) }
    }

    @Test(arguments: ["Kim Chal-su", "Zzyzx", "Pak", "Ri Chol", "Choe Man-sik", "x", "김철수", "Kimchulsoo Pakyongmyong"])
    func closestNamesAreThoseFewestEditsAway(text: String) throws {
        let graph = try HyesanFixture.graph()
        for count in [1, 3, 5, 40] {
            #expect(graph.closestNames(to: text, count: count) == sortedByDistance(graph, text, count: count))
        }
    }

    @Test func boundedDistanceIsExactUpToItsLimit() {
        let pairs = [("kimcolso", "kimcalso"), ("", "abc"), ("pak", "kap"), ("abcdef", "azced"), ("same", "same")]
        for (a, b) in pairs {
            let exact = NameMatch.distance(a, b)
            for limit in 0...8 {
                let bounded = NameMatch.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: limit)
                #expect(exact <= limit ? bounded == exact : bounded > limit, "\(a) \(b) \(limit)")
            }
        }
    }
}
