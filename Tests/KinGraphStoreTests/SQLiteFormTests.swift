import Foundation
import KinGraphCore
import KinGraphTestSupport
import KinGraphFormats
import Testing

@testable import KinGraphStore

/// The SQLite form: lossless in every direction, told by its header, its schema
/// migrated forward.
@Suite struct SQLiteFormTests {
    @Test func jsonToSQLiteToCSVToSQLiteToJSONGivesTheSameArchive() throws {
        let scratch = try ScratchFolder()
        let original = StoreFixture.archive
        try ArchiveWriter.write(original, to: scratch.path + "/a.json")
        let fromJSON = try ArchiveLoader.load(from: scratch.path + "/a.json").archive
        _ = try scratch.store(fromJSON, name: "one.kgdb")
        let first = try ArchiveLoader.load(from: scratch.path + "/one.kgdb")
        #expect(first.form == .sqlite)
        #expect(first.archive == original)
        try ArchiveWriter.write(first.archive, to: scratch.path + "/csv")
        let fromCSV = try ArchiveLoader.load(from: scratch.path + "/csv").archive
        _ = try scratch.store(fromCSV, name: "two.sqlite")
        let second = try ArchiveLoader.load(from: scratch.path + "/two.sqlite").archive
        #expect(second == original)
        try ArchiveWriter.write(second, to: scratch.path + "/back.json")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/back.json"))
                == Data(contentsOf: URL(fileURLWithPath: scratch.path + "/a.json")))
    }

    @Test func theSampleArchiveSurvivesTheRoundTrip() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/graphs/sample.json"
        let scratch = try ScratchFolder()
        let original = try ArchiveLoader.load(from: sample)
        let store = try scratch.store(original.archive)
        let loaded = try store.load()
        #expect(loaded.archive == original.archive)
        #expect(loaded.warnings == [] || loaded.warnings.count == original.warnings.count)
        #expect(try loaded.graph().personCount == original.archive.people.count)
    }

    @Test func awkwardTextSurvives() throws {
        var archive = StoreFixture.archive
        archive.title = nil
        archive.people[0].name = "  Ri \"Song\"-mi, the elder  "
        archive.people[0].home = "tab\t back\\slash \u{1} emoji 🙂 \u{2028}"
        archive.people[1].aliases = ["semi;colon", "quote\"", "[bracket]"]
        archive.events[0].place = "=SUM(A1)"
        let scratch = try ScratchFolder()
        #expect(try scratch.store(archive).load().archive == archive)
    }

    @Test func theFormIsToldByTheHeaderNotTheName() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.store(name: "archive.json")
        #expect(ArchiveLoader.isSQLite(scratch.path + "/archive.json"))
        #expect(try ArchiveLoader.load(from: scratch.path + "/archive.json").archive == StoreFixture.archive)
        let fake = scratch.path + "/fake.kgdb"
        try Data("{\"format\":\"kingraph-archive/1\"}".utf8).write(to: URL(fileURLWithPath: fake))
        #expect(!ArchiveLoader.isSQLite(fake))
        #expect(throws: StoreError.self) { try SQLiteStore.open(fake) }
    }

    @Test func anEmptyArchiveIsValidAndHasAnInitEntry() throws {
        let scratch = try ScratchFolder()
        let store = try scratch.store(Archive(title: "Empty"))
        let loaded = try store.load()
        #expect(loaded.archive == Archive(title: "Empty"))
        let log = try store.log(since: nil, by: nil)
        #expect(log.map(\.command) == ["test"])
        #expect(log.first?.after == "{\"counts\":{\"sources\":0,\"people\":0,\"ties\":0,\"events\":0,\"links\":0}}")
    }

    @Test func theDatabaseIsInWALModeWithConstraints() throws {
        let scratch = try ScratchFolder()
        let store = try scratch.store()
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        // SQLite itself refuses a self-tie and an unknown kind, even from outside KinGraph.
        #expect(throws: (any Error).self) {
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO ties (\"from\", \"to\", kind, sources) VALUES ('P-0001', 'P-0001', 'friend', '[\"T-001\"]')")
            }
        }
        #expect(throws: (any Error).self) {
            try store.pool.write { db in
                try db.execute(sql: "UPDATE people SET status = 'missing' WHERE id = 'P-0001'")
            }
        }
        #expect(throws: (any Error).self) {
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO events (id, person, kind, sources) VALUES ('E-9', 'P-9999', 'arrest', '[\"T-001\"]')")
            }
        }
    }

    /// The load reads the sources first and lets a table whose every record cites
    /// known sources skip the validator's check of them; rows written by another
    /// program that cite no source or an unknown one are still reported, at their place.
    @Test func rowsCitingUnknownOrNoSourcesAreReportedOnLoad() throws {
        let scratch = try ScratchFolder()
        let store = try scratch.store()
        #expect(try store.load().archive == StoreFixture.archive)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO people (id, name, sources) VALUES ('P-0100', 'Han Mi-ok', '[]')")
            try db.execute(sql: "INSERT INTO ties (\"from\", \"to\", kind, sources) VALUES ('P-0003', 'P-0002', 'friend', '[\"T-404\"]')")
            try db.execute(sql: "INSERT INTO events (id, person, kind, sources) VALUES ('E-0100', 'P-0003', 'arrest', '[\"T-001\",\"X-1\"]')")
        }
        #expect {
            try store.load()
        } throws: { error in
            guard case .invalid(_, let problems) = error as? StoreError else { return false }
            let said = problems.map(\.description)
            return said.contains { $0.contains("people[P-0100]") && $0.contains("no sources") }
                && said.contains { $0.contains("ties[P-0003") && $0.contains("unknown source 'T-404'") }
                && said.contains { $0.contains("events[E-0100]") && $0.contains("unknown source 'X-1'") }
                && problems.count == 3
        }
    }

    @Test func aDatabaseOfTheFirstSchemaIsMigratedForward() throws {
        let scratch = try ScratchFolder()
        let path = scratch.path + "/old.kgdb"
        let queue = try DatabaseQueueMaker.first(path)
        try queue.write { db in
            try BulkWriter.write(StoreFixture.archive, db)
            var log = try AuditWriter(db, author: StoreFixture.author)
            try log.append(command: "old", kind: "archive", record: "*", before: nil, after: nil, source: nil, reason: nil)
            try log.finish()
        }
        try queue.close()
        let store = try SQLiteStore.open(path)
        #expect(try store.schemaVersions() == ["kingraph-1", "kingraph-2", "kingraph-3"])
        #expect(try store.load().archive == StoreFixture.archive)
        let indexes = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ties_%' ORDER BY name") }
        #expect(indexes == ["ties_from", "ties_to"])
        #expect(try store.verifyLog() == [])
        // The migrated archive takes a merge, which needs the second schema's table.
        _ = try store.apply([Change(.merge(keep: "P-0001", drop: "P-0003"), source: "T-001")], author: StoreFixture.author)
        #expect(try store.history(of: "P-0001").contains { $0.command == "merge P-0001 P-0003" })
    }

    @Test func aDatabaseOfANewerSchemaIsRefused() throws {
        let scratch = try ScratchFolder()
        let store = try scratch.store()
        try store.pool.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('kingraph-99')") }
        try store.pool.close()
        #expect {
            try SQLiteStore.open(scratch.path + "/work.kgdb")
        } throws: { error in
            "\(error)".contains("made by a newer KinGraph")
        }
    }
}
