import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct ArchiveGraphTests {
    @Test func indexesEveryRelation() throws {
        let graph = try HyesanFixture.graph()
        graph.checkInvariants()
        #expect(graph.personCount == 15 && graph.eventCount == 19)
        let p01 = try #require(graph.personIndex("P-01"))
        #expect(graph.events(of: p01).map { graph.event($0).id } == ["E-01", "E-02", "E-16"])
        // Family entries come first: parent ×2 (reversed), sibling, spouse, parent (to the son); then broker.
        let entries = graph.tieRange(of: p01, familyOnly: false).map { graph.tieEntries[$0] }
        #expect(entries.map(\.kind) == [.parent, .parent, .sibling, .spouse, .parent, .broker])
        #expect(entries.map(\.step) == [.parent, .parent, .sibling, .spouse, .child, nil])
        #expect(graph.tieRange(of: p01, familyOnly: true).count == 5)
        #expect(graph.peopleInIDOrder && graph.eventsInIDOrder)
    }

    @Test func reportsEveryBrokenReference() throws {
        var b = ArchiveBuilder()
        b.person("P-1", "Ri Chol")
        b.person("P-1", "Ri Sun")
        b.tie("P-1", .friend, "P-9")
        b.tie("P-1", .friend, "P-1")
        try b.event("E-1", "P-8", .arrest)
        b.link("E-1", .ledTo, "E-7")
        do {
            _ = try b.graph()
            Issue.record("the archive is broken")
        } catch {
            #expect(error.problems == [
                "duplicate person id P-1", "tie 0 (P-1 → P-9): no person P-9",
                "tie 1 (P-1 → P-1): a tie from a person to themself", "event E-1: no person P-8",
                "link 0 (E-1 → E-7): no event E-7",
            ])
            #expect(error.description.hasPrefix("the archive cannot be indexed: duplicate person id P-1"))
        }
    }

    @Test func idsOutOfOrderStillSortByID() throws {
        var b = ArchiveBuilder()
        for id in ["P-3", "P-10", "P-2", "P-1"] { b.person(id, "Person \(id)") }
        for id in ["P-3", "P-10", "P-2"] { b.tie("P-1", .friend, id) }
        let graph = try b.graph()
        #expect(!graph.peopleInIDOrder)
        var scratch = GraphScratch()
        let answer = try graph.neighbors(person: 3, scratch: &scratch)
        #expect(answer.results.map(\.person) == ["P-10", "P-2", "P-3"])
    }

    @Test func oneScratchServesManyQueriesAndGraphs() throws {
        let graph = try HyesanFixture.graph()
        var scratch = GraphScratch()
        let first = graph.neighborhood(of: 0, depth: 2, scratch: &scratch).count
        for _ in 0..<100 { _ = graph.neighborhood(of: 3, depth: 3, scratch: &scratch) }
        #expect(graph.neighborhood(of: 0, depth: 2, scratch: &scratch).count == first)
        var b = ArchiveBuilder()
        b.person("P-1", "Ri Chol")
        b.person("P-2", "Ri Sun")
        b.tie("P-1", .sibling, "P-2")
        #expect(try b.graph().neighborhood(of: 0, depth: 2, scratch: &scratch).count == 1)
        #expect(graph.neighborhood(of: 0, depth: 2, scratch: &scratch).count == first)
    }

    @Test func generationWrapClearsStamps() throws {
        let graph = try HyesanFixture.graph()
        var scratch = GraphScratch()
        let expected = graph.neighborhood(of: 0, depth: 2, scratch: &scratch).count
        scratch.generation = UInt32.max - 1
        _ = graph.neighborhood(of: 0, depth: 2, scratch: &scratch)
        #expect(graph.neighborhood(of: 0, depth: 2, scratch: &scratch).count == expected)
        #expect(scratch.generation == 1)
    }
}

@Suite struct TieEntryTests {
    @Test(arguments: TieKind.allCases) func packsKindDirectionAndLevel(kind: TieKind) {
        #expect(TieEntry.kinds[TieEntry.kindCode(kind)] == kind)
        for level in UInt8(0)...3 {
            for reversed in [false, true] {
                let entry = TieEntry(kind: kind, reversed: reversed, level: level)
                #expect(entry.kind == kind && entry.isReversed == reversed && entry.level == level)
            }
        }
    }
}

@Suite struct GraphScratchTests {
    /// Each traversal sizes only the arrays it uses; any order of queries works.
    @Test func queriesInEveryOrderShareOneScratch() throws {
        let graph = try HyesanFixture.graph()
        let steps: [(inout GraphScratch) throws -> Int] = [
            { graph.path(from: 8, to: 4, scratch: &$0).path?.count ?? 0 },
            { try graph.implicated(person: 0, scratch: &$0).relatives.count },
            { graph.neighborhood(of: 0, depth: 2, scratch: &$0).count },
            { graph.becauseOf(person: 0, scratch: &$0).results.count },
            { graph.timeline(person: 1, scratch: &$0).events.count },
        ]
        var fresh: [Int] = []
        for step in steps {
            var scratch = GraphScratch()
            fresh.append(try step(&scratch))
        }
        for rotation in steps.indices {
            var scratch = GraphScratch()
            for i in steps.indices {
                let k = (i + rotation) % steps.count
                #expect(try steps[k](&scratch) == fresh[k])
            }
        }
        var scratch = GraphScratch()
        _ = graph.neighborhood(of: 0, depth: 1, scratch: &scratch)
        #expect(scratch.personFrom.isEmpty && scratch.eventSeen.isEmpty && scratch.personSeenBack.isEmpty)
    }
}
