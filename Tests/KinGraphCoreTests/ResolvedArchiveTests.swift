import KinGraphTestSupport
import Testing

@testable import KinGraphCore

/// The id table shared by the validator and the graph, and the references the
/// validator resolves for the graph.
@Suite struct ResolvedArchiveTests {
    @Test(arguments: [
        ["T-000001", "D-000002", "M-000003", "T-000004"],  // several prefixes, one width
        ["A9", "B10", "A11"],  // several prefixes, growing width
        ["X-1"],
    ])
    func numberedIdsUnderSeveralPrefixesFindTheirPosition(ids: [String]) {
        let table = IDTable(ids)
        for (i, id) in ids.enumerated() { #expect(table[id] == Int32(i), "\(id)") }
    }

    @Test(arguments: [
        "D-000001", "T-000002", "X-000001", "T-00001", "T-0000001", "T-000005", "T-000000", "-000001", "T-1", "",
        "T-000001 ",
    ])
    func lookalikesUnderSeveralPrefixesAreNotFound(id: String) {
        let table = IDTable(["T-000001", "D-000002", "M-000003", "T-000004"])
        #expect(table[id] == nil)
    }

    @Test func growingWidthUnderSeveralPrefixesRejectsLeadingZeros() {
        let table = IDTable(["A9", "B10", "A11"])
        #expect(table["B010"] == nil && table["A10"] == nil && table["A09"] == nil && table["B10"] == 1)
    }

    @Test func manyPrefixesFallBackToHashing() {
        let ids = (0..<300).map { "K\($0)x-\($0 + 1)" }
        let table = IDTable(ids)
        for (i, id) in ids.enumerated() { #expect(table[id] == Int32(i)) }
        #expect(table["K0x-2"] == nil)
    }

    @Test func theValidatorResolvesWhatTheGraphWouldLookUp() throws {
        for archive in [try HyesanFixture.archive(), try RandomArchive.make(seed: 7), try RandomArchive.make(seed: 99)] {
            let checked = ArchiveValidator.check(archive)
            #expect(checked.problems.filter { $0.isError }.isEmpty)
            let own = ResolvedArchive(archive)
            #expect(checked.resolved.tieFrom == own.tieFrom && checked.resolved.tieTo == own.tieTo)
            #expect(checked.resolved.eventPerson == own.eventPerson)
            #expect(checked.resolved.linkCause == own.linkCause && checked.resolved.linkEffect == own.linkEffect)
            #expect(!own.tieFrom.contains(-1) && !own.eventPerson.contains(-1) && !own.linkEffect.contains(-1))
            for (t, tie) in archive.ties.enumerated() {
                #expect(archive.people[Int(own.tieFrom[t])].id == tie.from && archive.people[Int(own.tieTo[t])].id == tie.to)
            }
            let graph = try ArchiveGraph(checked.resolved)
            graph.checkInvariants()
            let direct = try ArchiveGraph(archive)
            #expect(graph.tieTargets == direct.tieTargets && graph.tieEntries == direct.tieEntries)
            #expect(graph.personEvents == direct.personEvents && graph.effectTargets == direct.effectTargets)
        }
    }

    @Test func unresolvedReferencesAreMinusOneAndTheGraphNamesThem() {
        var b = ArchiveBuilder()
        b.source("T-1", .testimony)
        b.person("P-1", "Ri Chol")
        b.tie("P-1", .friend, "P-9")
        b.link("E-1", .ledTo, "E-7")
        let checked = ArchiveValidator.check(b.archive)
        #expect(checked.resolved.tieFrom == [0] && checked.resolved.tieTo == [-1])
        #expect(checked.resolved.linkCause == [-1] && checked.resolved.linkEffect == [-1])
        #expect(throws: GraphBuildError.self) { _ = try ArchiveGraph(checked.resolved) }
    }
}
