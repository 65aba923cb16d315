import Foundation
import KinGraphCore
import KinGraphTestSupport
import KinGraphFormats
import Testing

@testable import KinGraphStore

/// Every edit: what it writes when it is valid, and its refusal (with the
/// validator's message, nothing written) when it is not.
@Suite struct EditTests {
    let scratch: ScratchFolder
    let store: SQLiteStore

    init() throws {
        scratch = try ScratchFolder()
        store = try scratch.store()
    }

    func apply(_ change: Change) throws -> [AppliedChange] {
        try store.apply([change], author: StoreFixture.author)
    }

    /// Applies `change`, expects it refused with a message containing `words`, and
    /// the archive and log unchanged.
    func expectRefused(_ change: Change, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try store.load().archive
        let logBefore = try store.log(since: nil, by: nil)
        #expect(sourceLocation: sourceLocation) {
            try apply(change)
        } throws: { error in
            "\(error)".contains(words) && "\(error)".contains("nothing written")
        }
        #expect(try store.load().archive == before, sourceLocation: sourceLocation)
        #expect(try store.log(since: nil, by: nil) == logBefore, sourceLocation: sourceLocation)
    }

    @Test func addAssignsTheNextIdOfTheArchivesScheme() throws {
        let added = try apply(Change(.add(.person, fields: ["name": .text("Pak Yong-ho")]), source: "T-001"))
        #expect(added.first?.records == ["P-0004"])
        let person = try store.load().archive.people.last
        #expect(person == Person(id: "P-0004", name: "Pak Yong-ho", sources: ["T-001"]))
        let event = try apply(Change(.add(.event, fields: ["person": .text("P-0004"), "kind": .text("arrest")]), source: "R-001"))
        #expect(event.first?.records == ["E-0003"])
        let source = try apply(Change(.add(.source, fields: ["kind": .text("testimony")])))
        #expect(source.first?.records == ["T-002"])
        let given = try apply(Change(.add(.person, fields: ["id": .text("X-1"), "name": .text("Han")]), source: "T-001"))
        #expect(given.first?.records == ["X-1"])
    }

    @Test func addIsRefusedWithTheValidatorsMessage() throws {
        try expectRefused(
            Change(.add(.person, fields: ["id": .text("P-0001"), "name": .text("Twin")]), source: "T-001"),
            "work.kgdb:people[P-0001].id (P-0001): duplicate person id 'P-0001'")
        try expectRefused(
            Change(.add(.tie, fields: ["from": .text("P-0001"), "to": .text("P-0009"), "kind": .text("sibling")]), source: "T-001"),
            "work.kgdb:ties[P-0001/sibling/P-0009].to: unknown person 'P-0009' in to")
        try expectRefused(
            Change(.add(.tie, fields: ["from": .text("P-0001"), "to": .text("P-0001"), "kind": .text("sibling")]), source: "T-001"),
            "tie from P-0001 to themself")
        try expectRefused(
            Change(.add(.link, fields: ["cause": .text("E-0002"), "effect": .text("E-0001"), "kind": .text("led-to")]), source: "T-001"),
            "links form a cycle: E-0001 → E-0002 → E-0001")
        try expectRefused(
            Change(.add(.person, fields: ["name": .text("Han"), "status": .text("missing")]), source: "T-001"),
            "unknown status 'missing'")
        try expectRefused(
            Change(.add(.person, fields: ["name": .text("Han"), "sources": .list(["T-404"])]), source: "T-001"),
            "unknown source 'T-404'")
        try expectRefused(Change(.add(.person, fields: ["name": .text("Han")])), "say which source justifies the change")
        try expectRefused(Change(.add(.person, fields: ["name": .text("Han")]), source: "T-404"), "the source 'T-404' is not in the archive")
        try expectRefused(Change(.add(.person, fields: ["name": .text("Han")]), noSource: true), "--no-source needs --reason")
        try expectRefused(Change(.add(.person, fields: ["nmae": .text("Han")]), source: "T-001"), "a person has no field 'nmae'")
    }

    @Test func noSourceWithAReasonIsAccepted() throws {
        _ = try apply(Change(.edit(key: "P-0001", set: ["home": .text("Seoul")], unset: []), noSource: true, reason: "typo fixed"))
        let entry = try #require(try store.history(of: "P-0001").last)
        #expect(entry.source == nil && entry.reason == "typo fixed")
        // A new record still needs sources of its own: the validator says so.
        try expectRefused(
            Change(.add(.person, fields: ["name": .text("Han")]), noSource: true, reason: "public list"),
            "work.kgdb:people[P-0004].sources (P-0004): no sources; every person needs at least one source id")
    }

    @Test func editChangesFieldsAndKeepsTheRest() throws {
        _ = try apply(Change(.edit(key: "P-0001", set: ["status": .text("detained"), "aliases": .list(["R. S."])], unset: ["home"]), source: "R-001", reason: "new testimony"))
        let person = try store.load().archive.people[0]
        #expect(person.status == .detained)
        #expect(person.aliases == ["R. S."])
        #expect(person.home == nil)
        #expect(person.hangul == "리송희")
        _ = try apply(Change(.edit(key: "P-0002/parent/P-0001", set: ["confidence": .text("hearsay")], unset: []), source: "T-001"))
        #expect(try store.load().archive.ties[0].confidence == .hearsay)
        _ = try apply(Change(.edit(key: "E-0001/guilt-by-association/E-0002", set: ["kind": .text("led-to")], unset: []), source: "T-001"))
        #expect(try store.load().archive.links[0].kind == .ledTo)
    }

    @Test func editIsRefusedWithTheValidatorsMessage() throws {
        try expectRefused(Change(.edit(key: "P-0001", set: ["born": .text("19x9")], unset: []), source: "T-001"), "work.kgdb:people[P-0001].born (P-0001): born '19x9' is not a date")
        try expectRefused(Change(.edit(key: "E-0001", set: ["person": .text("P-0404")], unset: []), source: "T-001"), "unknown person 'P-0404' in person")
        try expectRefused(Change(.edit(key: "P-0001", set: ["sources": .list([])], unset: []), source: "T-001"), "no sources; every person needs at least one source id")
        try expectRefused(Change(.edit(key: "P-0001", set: ["id": .text("P-0009")], unset: []), source: "T-001"), "an id cannot change")
        try expectRefused(Change(.edit(key: "P-0001", set: [:], unset: ["name"]), source: "T-001"), "name is required")
        try expectRefused(Change(.edit(key: "P-0404", set: ["home": .text("x")], unset: []), source: "T-001"), "no record 'P-0404'")
        try expectRefused(Change(.edit(key: "P-0002/parent/P-0001", set: ["to": .text("P-0002")], unset: []), source: "T-001"), "tie from P-0002 to themself")
    }

    @Test func removeIsRefusedWhileOthersReferToItAndCascades() throws {
        try expectRefused(Change(.remove(key: "P-0001", cascade: false)), "3 records refer to P-0001: P-0002/parent/P-0001, P-0001/friend/P-0003, E-0001")
        try expectRefused(Change(.remove(key: "T-001", cascade: true)), "no sources; every")
        let removed = try apply(Change(.remove(key: "P-0001", cascade: true), reason: "test"))
        #expect(Set(removed.first?.records ?? []) == ["P-0001", "P-0002/parent/P-0001", "P-0001/friend/P-0003", "E-0001", "E-0001/guilt-by-association/E-0002"])
        let archive = try store.load().archive
        #expect(archive.people.map(\.id) == ["P-0002", "P-0003"])
        #expect(archive.ties.isEmpty && archive.links.isEmpty)
        #expect(archive.events.map(\.id) == ["E-0002"])
        _ = try apply(Change(.remove(key: "E-0002", cascade: false)))
        _ = try apply(Change(.remove(key: "P-0002", cascade: false)))
        // R-001 is P-0003's only source: taking it out leaves P-0003 without one.
        try expectRefused(Change(.remove(key: "R-001", cascade: true)), "people[P-0003].sources (P-0003): no sources")
    }

    @Test func mergeKeepsBothsTiesEventsAliasesAndSources() throws {
        _ = try apply(Change(.add(.tie, fields: ["from": .text("P-0002"), "to": .text("P-0003"), "kind": .text("parent")]), source: "T-001"))
        _ = try apply(Change(.merge(keep: "P-0001", drop: "P-0003"), source: "T-001", reason: "same person"))
        let archive = try store.load().archive
        let kept = try #require(archive.people.first { $0.id == "P-0001" })
        #expect(archive.people.map(\.id) == ["P-0001", "P-0002"])
        #expect(kept.aliases == ["Ri Song-hi", "the elder", "Kim Ok \"Oki\"", "P-0003"])
        #expect(kept.sources == ["T-001", "R-001"])
        #expect(kept.home == "Hyesan, Ryanggang")
        // The friend tie between the two went; the two parent ties became one, with both's sources.
        #expect(archive.ties == [Tie(from: "P-0002", to: "P-0001", kind: .parent, confidence: .confirmed, sources: ["T-001"])])
        #expect(try store.history(of: "P-0001").contains { $0.record == "P-0003" && $0.after == nil })
        // The old id still finds the person in the archive's graph, and edits say where it went.
        let graph = try ArchiveGraph(archive)
        #expect(graph.person(try graph.resolvePerson("P-0003")).id == "P-0001")
        try expectRefused(Change(.edit(key: "P-0003", set: ["home": .text("x")], unset: []), source: "T-001"), "P-0003 was merged into P-0001")
        try expectRefused(Change(.merge(keep: "P-0001", drop: "P-0003")), "P-0003 was merged into P-0001 already")
        try expectRefused(Change(.merge(keep: "P-0001", drop: "P-0001")), "cannot merge P-0001 with itself")
    }

    @Test func aBatchIsAllOrNothing() throws {
        let before = try store.load().archive
        #expect {
            try store.apply(
                [
                    Change(.edit(key: "P-0001", set: ["home": .text("Seoul")], unset: []), source: "T-001"),
                    Change(.add(.person, fields: ["name": .text("Han")]), source: "T-001"),
                    Change(.add(.tie, fields: ["from": .text("P-0004"), "to": .text("P-0404"), "kind": .text("spouse")]), source: "T-001"),
                ], author: StoreFixture.author)
        } throws: { error in
            "\(error)".hasPrefix("change 3 (add tie") && "\(error)".contains("unknown person 'P-0404'")
        }
        #expect(try store.load().archive == before)
        // Later changes of a batch see the earlier ones.
        let applied = try store.apply(
            [
                Change(.add(.person, fields: ["name": .text("Han")]), source: "T-001"),
                Change(.add(.tie, fields: ["from": .text("P-0004"), "to": .text("P-0001"), "kind": .text("spouse")]), source: "T-001"),
            ], author: StoreFixture.author)
        #expect(applied.map(\.records) == [["P-0004"], ["P-0004/spouse/P-0001"]])
    }

    @Test func theChangesFileIsReadLineByLine() throws {
        let text = """
            {"op":"add","kind":"person","fields":{"name":"Han","protected":true,"aliases":["H."]},"source":"T-001"}

            {"op":"edit","record":"P-0001","set":{"status":"released"},"unset":["home"],"source":"T-001","reason":"r"}
            {"op":"merge","keep":"P-0001","drop":"P-0003","no_source":true,"reason":"same"}
            {"op":"remove","record":"P-0004","cascade":true}
            """
        let changes = try ChangesFile.parse(Array(text.utf8), fileName: "c.jsonl")
        #expect(changes.count == 4)
        #expect(changes[0].action == .add(.person, fields: ["name": .text("Han"), "protected": .flag(true), "aliases": .list(["H."])]))
        #expect(changes[2].noSource && changes[2].reason == "same")
        _ = try store.apply(changes, author: StoreFixture.author)
        #expect(try store.load().archive.people.map(\.id) == ["P-0001", "P-0002"])
        #expect {
            try ChangesFile.parse(Array("{\"op\":\"add\"}\nnot json\n".utf8), fileName: "c.jsonl")
        } throws: { error in
            "\(error)" == "c.jsonl:1: \"kind\" must be person, tie, event, link or source; nothing was written"
        }
        #expect {
            try ChangesFile.parse(Array("\nnot json\n".utf8), fileName: "c.jsonl")
        } throws: { error in
            "\(error)".hasPrefix("c.jsonl:2: not a JSON object")
        }
    }
}
