import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore
import KinGraphTestSupport
import Testing

@testable import KinGraphPostgres

/// The store's behaviour, the same test on each engine: SQLite and PostgreSQL give
/// the same records, the same refusals and the same audit entries.
@Suite(.serialized) struct EngineSuiteTests {
    let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder()
        #expect(TestServer.url != nil, "KINGRAPH_TEST_POSTGRES is not set: run the tests through scripts/with-postgres.sh (make test)")
    }

    @Test(arguments: Engine.allCases) func roundTripKeepsEveryRecordInOrder(engine: Engine) throws {
        let archive = try Fixture.archive()
        let store = try engine.store(archive, scratch: scratch.path)
        let loaded = try store.load()
        #expect(loaded.archive == archive)
        let log = try store.log(since: nil, by: nil)
        #expect(log.count == 1 && log.first?.record == "*" && log.first?.kind == "archive")
        #expect(try store.verifyLog() == [])
    }

    @Test(arguments: Engine.allCases) func editsWriteTheSameRecordsAndEntries(engine: Engine) throws {
        let fixture = try Fixture.archive()
        let store = try engine.store(fixture, scratch: scratch.path)
        let author = Fixture.author
        // The archive's own scheme: the sample's people are P-0001 … in order, so the next is one past the count.
        let next = "P-" + String(repeating: "0", count: max(0, 4 - String(fixture.people.count + 1).count)) + String(fixture.people.count + 1)
        let added = try store.apply(
            [Change(.add(.person, fields: ["name": .text("Han Mi-ok"), "protected": .flag(true)]), source: "T-001")], author: author)
        #expect(added.first?.records == [next])
        _ = try store.apply([Change(.edit(key: next, set: ["status": .text("detained")], unset: []), source: "T-001", reason: "testimony")], author: author)
        _ = try store.apply([Change(.add(.event, fields: ["person": .text(next), "kind": .text("arrest"), "place": .text("Musan")]), source: "T-001")], author: author)
        let archive = try store.load().archive
        let person = try #require(archive.people.first { $0.id == next })
        #expect(person == Person(id: next, name: "Han Mi-ok", status: .detained, isProtected: true, sources: ["T-001"]))
        #expect(archive.events.last?.person == next && archive.events.last?.place == "Musan")
        let history = try store.history(of: next)
        #expect(history.map(\.command).count == 2)
        #expect(history.last?.before?.contains("\"protected\":true") == true && history.last?.after?.contains("\"status\":\"detained\"") == true)
        #expect(history.last?.reason == "testimony")
        #expect(try store.verifyLog() == [])
    }

    @Test(arguments: Engine.allCases) func refusalsWriteNothing(engine: Engine) throws {
        let store = try engine.store(try Fixture.archive(), scratch: scratch.path)
        let before = try store.load().archive
        #expect {
            try store.apply([Change(.add(.person, fields: ["id": .text("P-0001"), "name": .text("Twin")]), source: "T-001")], author: Fixture.author)
        } throws: { error in
            "\(error)".contains("duplicate person id 'P-0001'") && "\(error)".contains("nothing written")
        }
        #expect {
            try store.apply(
                [
                    Change(.edit(key: "P-0001", set: ["status": .text("detained")], unset: []), source: "T-001"),
                    Change(.edit(key: "P-9999", set: ["status": .text("detained")], unset: []), source: "T-001"),
                ], author: Fixture.author)
        } throws: { error in
            "\(error)".contains("P-9999")
        }
        #expect(try store.load().archive == before)
        #expect(try store.log(since: nil, by: nil).count == 1)
    }

    @Test(arguments: Engine.allCases) func removeAndMergeKeepReferencesResolving(engine: Engine) throws {
        let store = try engine.store(try Fixture.archive(), scratch: scratch.path)
        #expect {
            try store.apply([Change(.remove(key: "P-0001", cascade: false))], author: Fixture.author)
        } throws: { error in
            "\(error)".contains("refer to P-0001") && "\(error)".contains("--cascade")
        }
        _ = try store.apply([Change(.merge(keep: "P-0001", drop: "P-0002"), reason: "same person")], author: Fixture.author)
        let archive = try store.load().archive
        #expect(!archive.people.contains { $0.id == "P-0002" })
        #expect(!archive.ties.contains { $0.from == "P-0002" || $0.to == "P-0002" })
        #expect(!archive.events.contains { $0.person == "P-0002" })
        #expect(try store.history(of: "P-0001").contains { $0.record == "P-0002" })
        let problems = try store.verifyLog()
        #expect(problems == [], "\(problems)")
    }

    /// Both engines, given the same changes, end with the same archive.
    @Test func bothEnginesAgree() throws {
        let changes = [
            Change(.add(.source, fields: ["kind": .text("testimony"), "title": .text("Second interview")])),
            Change(.edit(key: "P-0003", set: ["home": .text("Musan")], unset: ["hangul"]), source: "T-001"),
            Change(.remove(key: "P-0001/parent/P-0002", cascade: false)),
        ]
        var results: [Archive] = []
        for engine in Engine.allCases {
            let store = try engine.store(try Fixture.archive(), scratch: scratch.path)
            for change in changes { _ = try? store.apply([change], author: Fixture.author) }
            results.append(try store.load().archive)
        }
        #expect(results[0] == results[1])
        #expect(results[0] != (try Fixture.archive()))
    }
}
