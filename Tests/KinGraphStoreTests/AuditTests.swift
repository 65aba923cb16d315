import Foundation
import GRDB
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphStore

/// The audit log: what each entry holds, that KinGraph cannot change it, and that a
/// change made outside KinGraph is caught by the hash chain.
@Suite struct AuditTests {
    let scratch: ScratchFolder
    let store: SQLiteStore

    init() throws {
        scratch = try ScratchFolder()
        store = try scratch.store()
        let lee = ChangeAuthor(name: "Lee", at: "2026-03-02T10:00:00Z")
        let pak = ChangeAuthor(name: "Pak", at: "2026-03-05T11:00:00Z")
        _ = try store.apply([Change(.edit(key: "P-0001", set: ["status": .text("detained")], unset: []), source: "R-001", reason: "seen")], author: lee)
        _ = try store.apply([Change(.add(.person, fields: ["name": .text("Han")]), source: "T-001")], author: pak)
        _ = try store.apply([Change(.edit(key: "P-0001", set: ["home": .text("Seoul")], unset: []), source: "T-001")], author: pak)
    }

    @Test func eachEntryRecordsWhoWhenWhatBeforeAfterSourceAndReason() throws {
        let history = try store.history(of: "P-0001")
        #expect(history.count == 2)
        let first = history[0]
        #expect(first.by == "Lee" && first.at == "2026-03-02T10:00:00Z")
        #expect(first.command == "edit P-0001 --set status=detained")
        #expect(first.source == "R-001" && first.reason == "seen")
        #expect(first.before?.contains("\"status\":\"defected\"") == true)
        #expect(first.after?.contains("\"status\":\"detained\"") == true)
        #expect(try store.history(of: "P-0004").map(\.before) == [nil])
    }

    @Test func theLogFiltersBySinceAndBy() throws {
        #expect(try store.log(since: nil, by: nil).map(\.change) == [1, 2, 3, 4])
        #expect(try store.log(since: "2026-03-03", by: nil).map(\.by) == ["Pak", "Pak"])
        #expect(try store.log(since: nil, by: "Lee").map(\.command) == ["edit P-0001 --set status=detained"])
        #expect(try store.log(since: "2027-01-01", by: nil).isEmpty)
    }

    @Test func theLogCannotBeChangedThroughSQLiteEither() throws {
        #expect { try store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq = 2") } } throws: { error in
            "\(error)".contains("the audit log is append-only")
        }
        #expect { try store.pool.write { db in try db.execute(sql: "UPDATE audit SET \"by\" = 'Kim' WHERE seq = 2") } } throws: { error in
            "\(error)".contains("the audit log is append-only")
        }
        #expect(try store.verifyLog() == [])
    }

    /// Tampers with the log the way someone outside KinGraph could: drops the
    /// guarding triggers, then runs `sql`.
    func tamper(_ sql: String) throws {
        try store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;")
            try db.execute(sql: sql)
        }
    }

    @Test func aDeletedRowIsCaught() throws {
        try tamper("DELETE FROM audit WHERE seq = 2")
        let problems = try store.verifyLog()
        #expect(problems.map(\.description) == ["work.kgdb:audit (entry 3): the audit log was changed outside KinGraph: entry 2 is missing (deleted)"])
    }

    @Test func anEditedRowIsCaught() throws {
        try tamper("UPDATE audit SET \"by\" = 'Kim' WHERE seq = 2")
        #expect(try store.verifyLog().map(\.description) == ["work.kgdb:audit (entry 2): the audit log was changed outside KinGraph: entry 2 was edited (its hash does not match its content and the entry before it)"])
    }

    @Test func anEditedRowWithItsHashRecomputedIsCaughtByTheNextOne() throws {
        let entry = try #require(try store.log(since: nil, by: nil).first { $0.seq == 2 })
        var forged = entry
        forged.reason = "nothing to see"
        let previous = try #require(try store.log(since: nil, by: nil).first { $0.seq == 1 }).hash
        try tamper("UPDATE audit SET reason = 'nothing to see', hash = '\(AuditChain.hash(forged, previous: previous))' WHERE seq = 2")
        #expect(try store.verifyLog().map(\.recordID) == ["entry 3"])
    }

    @Test func deletedLastRowsAreCaughtByTheHead() throws {
        try tamper("DELETE FROM audit WHERE seq >= 3")
        #expect(try store.verifyLog().map(\.message) == ["the audit log was changed outside KinGraph: the log ends at entry 2, but KinGraph last wrote entry 4: the last entries were deleted"])
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
