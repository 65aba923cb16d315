import Foundation
import KinGraphCore
import KinGraphStore
import Testing

@testable import KinGraphPostgres

/// Two editors at once, made deterministic: the first has read the record it
/// changes when the second's change commits (`beforeWriting`), then the first writes.
@Suite(.serialized) struct ConcurrentEditTests {
    /// An archive of the sample and two editors, each with their own store.
    func editors() throws -> (alice: PostgresStore, bob: PostgresStore, names: (String, String)) {
        let url = try TestServer.database()
        let owner = try PostgresStore.create(url, archive: try Fixture.archive(), author: Fixture.author, command: "test")
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8)
        let names = ("alice_\(suffix)", "bob_\(suffix)")
        try owner.addUser(names.0, role: .editor, password: "alice-pw")
        try owner.addUser(names.1, role: .editor, password: "bob-pw")
        let database = try PostgresURL(url).database
        let alice = try PostgresStore.open(try TestServer.url(database: database, user: names.0), password: "alice-pw")
        let bob = try PostgresStore.open(try TestServer.url(database: database, user: names.1), password: "bob-pw")
        return (alice, bob, names)
    }

    func status(_ key: String, _ value: String) -> Change {
        Change(.edit(key: key, set: ["status": .text(value)], unset: []), source: "T-001", reason: "testimony")
    }

    @Test func theSecondWriterOfOneRecordIsToldWhoChangedIt() throws {
        let (alice, bob, (aliceName, bobName)) = try editors()
        alice.beforeWriting = { _ = try bob.apply([status("P-0007", "released")], author: Fixture.author) }
        do {
            _ = try alice.apply([status("P-0007", "detained"), status("P-0008", "detained")], author: Fixture.author)
            Issue.record("alice's change was written over bob's")
        } catch {
            #expect(
                "\(error)".contains("P-0007 was changed by \(bobName) (version 2) after you read it; nothing written — run the command again"),
                "\(error)")
        }
        let archive = try alice.load().archive
        #expect(archive.people.first { $0.id == "P-0007" }?.status?.rawValue == "released")
        #expect(archive.people.first { $0.id == "P-0008" }?.status?.rawValue != "detained")
        let log = try alice.log(since: nil, by: nil)
        #expect(log.last?.by == bobName && log.last?.record == "P-0007")
        #expect(!log.contains { $0.by == aliceName })
        #expect(try alice.verifyLog().isEmpty)
    }

    @Test func editsOfTwoRecordsBothLand() throws {
        let (alice, bob, (aliceName, bobName)) = try editors()
        alice.beforeWriting = { _ = try bob.apply([status("P-0008", "released")], author: Fixture.author) }
        _ = try alice.apply([status("P-0007", "detained")], author: Fixture.author)
        let people = try bob.load().archive.people
        #expect(people.first { $0.id == "P-0007" }?.status?.rawValue == "detained")
        #expect(people.first { $0.id == "P-0008" }?.status?.rawValue == "released")
        #expect(try bob.history(of: "P-0007").last?.by == aliceName)
        #expect(try bob.history(of: "P-0008").last?.by == bobName)
        #expect(try alice.session.value("SELECT changed_by || ' ' || version FROM people WHERE id = 'P-0007'") == "\(aliceName) 2")
        #expect(try alice.verifyLog().isEmpty)
    }
}
