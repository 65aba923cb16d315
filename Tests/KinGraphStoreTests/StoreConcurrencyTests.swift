import Dispatch
import Foundation
import GRDB
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphStore

/// Many readers, one writer: a reader never waits for a writer nor sees half a
/// change; a second writer waits, then fails clearly, and nothing is lost.
@Suite struct StoreConcurrencyTests {
    /// Holds the writer lock of `store` in an open transaction that has added a
    /// person, runs `during` meanwhile (on this thread), then commits.
    static func whileWriting(_ store: SQLiteStore, _ during: () throws -> Void) throws {
        let started = DispatchSemaphore(value: 0), finish = DispatchSemaphore(value: 0)
        let writer = Thread {
            try? store.pool.write { db in
                try db.execute(
                    sql: "INSERT INTO people (id, name, sources) VALUES ('P-0100', 'Mid Write', '[\"T-001\"]')")
                try db.execute(sql: "UPDATE people SET home = 'half' WHERE id = 'P-0001'")
                try Meta.bumpRevision(db)
                started.signal()
                finish.wait()
            }
            started.signal()
        }
        writer.start()
        started.wait()
        defer { finish.signal() }
        try during()
    }

    @Test func aReaderNeitherWaitsForTheWriterNorSeesHalfAChange() throws {
        let scratch = try ScratchFolder()
        let writerStore = try scratch.store()
        let reader = try SQLiteStore.open(scratch.path + "/work.kgdb", busyTimeout: 0)
        try Self.whileWriting(writerStore) {
            let clock = ContinuousClock()
            let start = clock.now
            let seen = try reader.load().archive
            #expect(clock.now - start < .seconds(2))
            #expect(seen == StoreFixture.archive)
            #expect(try reader.log(since: nil, by: nil).count == 1)
        }
        // Once committed, the next read sees the whole change.
        var after: Archive = try reader.load().archive
        for _ in 0..<50 where after.people.count == 3 {
            usleep(20_000)
            after = try reader.load().archive
        }
        #expect(after.people.map(\.id) == ["P-0001", "P-0002", "P-0003", "P-0100"])
        #expect(after.people[0].home == "half")
    }

    @Test func aSecondWriterWaitsThenFailsClearlyAndNothingIsLost() throws {
        let scratch = try ScratchFolder()
        let first = try scratch.store()
        let path = scratch.path + "/work.kgdb"
        let second = try SQLiteStore.open(path, busyTimeout: 0.3)
        let edit = Change(.edit(key: "P-0002", set: ["home": .text("Musan")], unset: []), source: "T-001")
        try Self.whileWriting(first) {
            let clock = ContinuousClock()
            let start = clock.now
            #expect {
                try second.apply([edit], author: StoreFixture.author)
            } throws: { error in
                "\(error)".hasPrefix("'\(path)' is locked: another kingraph is writing to it") && "\(error)".contains("nothing was written")
            }
            #expect(clock.now - start >= .milliseconds(250))
        }
        // The first writer's change is there; the second one, tried again, goes in too.
        var applied = false
        for _ in 0..<50 where !applied {
            applied = (try? second.apply([edit], author: StoreFixture.author)) != nil
            if !applied { usleep(20_000) }
        }
        #expect(applied)
        let archive = try second.load().archive
        #expect(archive.people.map(\.id).contains("P-0100"))
        #expect(archive.people.first { $0.id == "P-0002" }?.home == "Musan")
        #expect(try second.verifyLog() == [])
    }
}
