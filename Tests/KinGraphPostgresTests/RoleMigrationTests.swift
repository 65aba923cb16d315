import Foundation
import KinGraphCore
import KinGraphStore
import Testing

@testable import KinGraphPostgres

/// `kingraph-3` (the roles) and `kingraph-4` (`load_text`) apply to an archive made before them.
@Suite struct RoleMigrationTests {
    @Test func anArchiveWithoutRolesGetsThemWhenOpened() throws {
        let url = try TestServer.database()
        let made = try PostgresStore.create(url, archive: try Fixture.archive(), author: Fixture.author, command: "test")
        // What the third migration made goes.
        try made.session.execute(
            """
            DROP VIEW people_redacted, events_redacted;
            DROP POLICY analysts_read ON people;
            DROP POLICY editors_write ON people;
            DROP POLICY viewers_read_unprotected ON people;
            DROP POLICY analysts_read ON events;
            DROP POLICY editors_write ON events;
            DROP POLICY viewers_read_unprotected ON events;
            ALTER TABLE people DISABLE ROW LEVEL SECURITY;
            ALTER TABLE events DISABLE ROW LEVEL SECURITY;
            DELETE FROM kingraph_migrations WHERE name = 'kingraph-3'
            """)
        #expect(try made.schemaVersions() == ["kingraph-1", "kingraph-2", "kingraph-4"])
        let opened = try PostgresStore.open(url)
        #expect(try opened.schemaVersions() == ["kingraph-1", "kingraph-2", "kingraph-3", "kingraph-4"])
        #expect(try opened.session.value("SELECT relrowsecurity::text FROM pg_class WHERE relname = 'people'") == "true")
        #expect(try opened.session.value("SELECT to_regclass('events_redacted')::text") == "events_redacted")
        let viewer = opened.roles.group(.viewer)
        #expect(try opened.session.value("SELECT has_table_privilege($1, 'people_redacted', 'SELECT')::text", [viewer]) == "true")
        #expect(try opened.session.value("SELECT has_column_privilege($1, 'people', 'name', 'SELECT')::text", [viewer]) == "false")
        #expect(try opened.role() == .admin)
        #expect(try opened.load().archive.people.count == (try Fixture.archive()).people.count)
    }

    @Test func anArchiveWithoutLoadTextsGetsThemWhenOpenedAndLoadsAlike() throws {
        let url = try TestServer.database()
        let made = try PostgresStore.create(url, archive: try Fixture.archive(), author: Fixture.author, command: "test")
        try made.session.execute(
            ["sources", "people", "ties", "events", "links"].map { "ALTER TABLE \($0) DROP COLUMN load_text;\n" }.joined()
                + "DELETE FROM kingraph_migrations WHERE name = 'kingraph-4'")
        #expect(try made.load().archive == (try Fixture.archive()))
        let opened = try PostgresStore.open(url)
        #expect(try opened.schemaVersions().last == "kingraph-4")
        let person = try #require(try Fixture.archive().people.first)
        let text = try opened.session.value("SELECT load_text FROM people WHERE id = $1", [person.id])
        let cells = text?.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        #expect(cells?.count == 11 && cells?[1] == person.id && cells?[2] == person.name, "\(text ?? "nil")")
        #expect(try opened.load().archive == (try Fixture.archive()))
    }
}
