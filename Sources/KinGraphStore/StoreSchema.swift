import GRDB
import KinGraphCore

/// The SQLite schema of a working archive, as GRDB migrations. Tables mirror
/// docs/ARCHIVE.md, one row per record, ids as the archive has them; `row` keeps the
/// records' order. Lists (`sources`, `aliases`) are JSON arrays of strings.
///
/// - `kingraph-1`: the five record tables, `meta` (title, revision) and the
///   append-only `audit` log.
/// - `kingraph-2`: `merged` (an id merged into another person, so old references
///   resolve) and the indexes that find a record's referrers.
/// - `kingraph-3`: `match_decisions` (pairs of people a reviewer marked different
///   in `kingraph match --apply`, so `match` does not propose them again).
enum StoreSchema {
    /// `PRAGMA application_id` of a KinGraph archive: "KGDB".
    static let applicationID: Int32 = 0x4B47_4442

    /// The newest migration this version knows.
    static let latest = "kingraph-3"

    /// Every migration, oldest first; `upTo` stops after the one named.
    static func migrator(upTo last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("kingraph-1") { db in try first(db) }
        if last == "kingraph-1" { return migrator }
        migrator.registerMigration("kingraph-2") { db in try second(db) }
        if last == "kingraph-2" { return migrator }
        migrator.registerMigration("kingraph-3") { db in try MatchDecisions.create(db) }
        return migrator
    }

    private static func words<V: RawRepresentable & CaseIterable>(_ type: V.Type) -> String where V.RawValue == String {
        type.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    private static func first(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        let list = "CHECK (json_valid(sources) AND json_type(sources) = 'array')"
        let confidence = "confidence TEXT CHECK (confidence IN (\(words(Confidence.self))))"
        try db.execute(
            sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                INSERT INTO meta (key, value) VALUES ('format', 'kingraph-archive/1'), ('revision', '0');
                CREATE TABLE sources (
                  row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''),
                  kind TEXT NOT NULL CHECK (kind IN (\(words(SourceKind.self)))),
                  date TEXT, title TEXT);
                CREATE TABLE people (
                  row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''),
                  name TEXT NOT NULL CHECK (name <> ''), hangul TEXT,
                  aliases TEXT CHECK (aliases IS NULL OR json_valid(aliases)),
                  sex TEXT CHECK (sex IN (\(words(Sex.self)))), born TEXT, home TEXT,
                  status TEXT CHECK (status IN (\(words(PersonStatus.self)))),
                  protected INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)),
                  sources TEXT NOT NULL \(list));
                CREATE TABLE ties (
                  row INTEGER PRIMARY KEY,
                  "from" TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
                  "to" TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
                  kind TEXT NOT NULL CHECK (kind IN (\(words(TieKind.self)))), \(confidence),
                  sources TEXT NOT NULL \(list), CHECK ("from" <> "to"));
                CREATE TABLE events (
                  row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''),
                  person TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
                  kind TEXT NOT NULL CHECK (kind IN (\(words(EventKind.self)))),
                  date TEXT, place TEXT, country TEXT, agency TEXT, facility TEXT,
                  reason TEXT CHECK (reason IN (\(words(Reason.self)))), "case" TEXT, \(confidence),
                  sources TEXT NOT NULL \(list));
                CREATE TABLE links (
                  row INTEGER PRIMARY KEY,
                  cause TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
                  effect TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
                  kind TEXT NOT NULL CHECK (kind IN (\(words(LinkKind.self)))), \(confidence),
                  sources TEXT NOT NULL \(list));
                CREATE TABLE audit (
                  seq INTEGER PRIMARY KEY, change INTEGER NOT NULL, at TEXT NOT NULL, "by" TEXT NOT NULL,
                  command TEXT NOT NULL, kind TEXT NOT NULL, record TEXT NOT NULL,
                  before TEXT, after TEXT, source TEXT, reason TEXT,
                  hash TEXT NOT NULL);
                CREATE INDEX audit_record ON audit(record);
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
    }

    private static func second(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE merged (
                  id TEXT PRIMARY KEY NOT NULL,
                  into_id TEXT NOT NULL,
                  audit_seq INTEGER NOT NULL REFERENCES audit(seq));
                CREATE INDEX ties_from ON ties("from");
                CREATE INDEX ties_to ON ties("to");
                CREATE INDEX events_person ON events(person);
                CREATE INDEX links_cause ON links(cause);
                CREATE INDEX links_effect ON links(effect);
                """)
    }
}
