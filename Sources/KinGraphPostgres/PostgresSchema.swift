import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// The PostgreSQL schema of a team archive: the SQLite store's tables (docs/ARCHIVE.md),
/// one row per record in the archive's order (`"row"`), lists as JSON text, plus a
/// `version` per record and who changed it last (optimistic versioning between
/// editors). Migrations are named as SQLite's and recorded in `kingraph_migrations`.
enum PostgresSchema {
    /// Every migration, oldest first: its name and its statements.
    /// `kingraph-3` names the group roles as `{viewer}`, … (`PostgresRoles.fill`).
    /// `kingraph-4` adds each record table's `load_text` (see `fourth`).
    static let migrations: [(name: String, sql: String)] = [
        ("kingraph-1", first), ("kingraph-2", second), ("kingraph-3", third), ("kingraph-4", fourth),
    ]

    /// Migrations that a new archive gets before its rows are written (they add
    /// columns the server computes from the others).
    static let beforeRows: Set<String> = ["kingraph-4"]

    /// The newest migration this version knows.
    static var latest: String { migrations[migrations.count - 1].name }

    private static func words<V: RawRepresentable & CaseIterable>(_ type: V.Type) -> String where V.RawValue == String {
        type.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    /// The columns every record table ends with.
    private static let tracking = "version BIGINT NOT NULL DEFAULT 1, changed_by TEXT NOT NULL DEFAULT current_user"

    private static var first: String {
        let confidence = "confidence TEXT CHECK (confidence IN (\(words(Confidence.self))))"
        return """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta (key, value) VALUES ('format', 'kingraph-archive/1'), ('revision', '0');
            CREATE TABLE sources (
              "row" BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''),
              kind TEXT NOT NULL CHECK (kind IN (\(words(SourceKind.self)))), date TEXT, title TEXT, \(tracking));
            CREATE TABLE people (
              "row" BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''),
              name TEXT NOT NULL CHECK (name <> ''), hangul TEXT, aliases TEXT,
              sex TEXT CHECK (sex IN (\(words(Sex.self)))), born TEXT, home TEXT,
              status TEXT CHECK (status IN (\(words(PersonStatus.self)))),
              protected BOOLEAN NOT NULL DEFAULT false, sources TEXT NOT NULL, \(tracking));
            CREATE TABLE ties (
              "row" BIGSERIAL PRIMARY KEY, "from" TEXT NOT NULL, "to" TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN (\(words(TieKind.self)))), \(confidence),
              sources TEXT NOT NULL, \(tracking), CHECK ("from" <> "to"));
            CREATE TABLE events (
              "row" BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE CHECK (id <> ''), person TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN (\(words(EventKind.self)))),
              date TEXT, place TEXT, country TEXT, agency TEXT, facility TEXT,
              reason TEXT CHECK (reason IN (\(words(Reason.self)))), "case" TEXT, \(confidence),
              sources TEXT NOT NULL, \(tracking));
            CREATE TABLE links (
              "row" BIGSERIAL PRIMARY KEY, cause TEXT NOT NULL, effect TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN (\(words(LinkKind.self)))), \(confidence),
              sources TEXT NOT NULL, \(tracking));
            CREATE TABLE audit (
              seq BIGINT PRIMARY KEY, change BIGINT NOT NULL, at TEXT NOT NULL, "by" TEXT NOT NULL,
              command TEXT NOT NULL, kind TEXT NOT NULL, record TEXT NOT NULL,
              before TEXT, after TEXT, source TEXT, reason TEXT, hash TEXT NOT NULL);
            CREATE INDEX audit_record ON audit(record);
            CREATE FUNCTION kingraph_append_only() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
            CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
              FOR EACH ROW EXECUTE FUNCTION kingraph_append_only();
            CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
              FOR EACH STATEMENT EXECUTE FUNCTION kingraph_append_only();
            """
    }

    private static let second = """
        CREATE TABLE merged (id TEXT PRIMARY KEY, into_id TEXT NOT NULL, audit_seq BIGINT NOT NULL REFERENCES audit(seq));
        CREATE INDEX ties_from ON ties("from");
        CREATE INDEX ties_to ON ties("to");
        CREATE INDEX events_person ON events(person);
        CREATE INDEX links_cause ON links(cause);
        CREATE INDEX links_effect ON links(effect);
        """

    /// Each record table's row as the load reads it, kept by the server as each row is
    /// written (a stored generated column): `"row"` and `select`'s columns as text,
    /// NULL as empty, joined by U+001F. Loading then costs the server one appended
    /// value a row (`rowChunk`) instead of one a cell (`columnChunk`), for the room of
    /// a second copy of each row. A viewer may not read it on `people` and `events`
    /// (their grants name columns).
    private static var fourth: String {
        RecordKind.allCases.map { kind in
            let cells = ["\"row\"::text"] + columns(kind, redacted: false).map { "coalesce(\($0), '')" }
            return "ALTER TABLE \(RecordTable.name(kind)) ADD COLUMN load_text TEXT GENERATED ALWAYS AS ("
                + cells.joined(separator: " || E'\\x1f' || ") + ") STORED;"
        }.joined(separator: "\n")
    }

    /// `SELECT "row", … FROM table` with every column as text (`protected` as 1 or 0),
    /// in `RowDecoder`'s order, then `extra` columns. `redacted` reads a viewer's view
    /// (`people_redacted`, `events_redacted`), where a protected person's name is
    /// NULL: it is read as "Protected person" (the name redaction gives, with a number).
    static func select(_ kind: RecordKind, redacted: Bool = false, extra: String = "") -> String {
        "SELECT \"row\"::text AS row_text, " + columns(kind, redacted: redacted).joined(separator: ", ") + extra
            + " FROM \(table(kind, redacted: redacted))"
    }

    /// The text expressions `select` reads after `"row"`, in `RowDecoder`'s order.
    static func columns(_ kind: RecordKind, redacted: Bool) -> [String] {
        RecordTable.columns(kind).map { column in
            switch column {
            case "\"protected\"": return "(CASE WHEN protected THEN '1' ELSE '0' END)"
            case "\"name\"" where redacted: return "COALESCE(name, 'Protected person')"
            default: return column
            }
        }
    }

    /// The table (or a viewer's redacting view) `kind` is read from.
    static func table(_ kind: RecordKind, redacted: Bool) -> String {
        RecordTable.name(kind) + (redacted && (kind == .person || kind == .event) ? "_redacted" : "")
    }

    /// One chunk of `kind`'s table as a single value: the rows numbered from `$1`
    /// (exclusive) to `$2` (inclusive), bigints as text, as a two-dimensional `text[]`
    /// holding one inner array a row (`select`'s columns, `"row"` first); NULL when no
    /// row is in the range. A range, not `ORDER BY "row" LIMIT n`: through a viewer's
    /// views (`security_barrier`, so not flattened) PostgreSQL would sort every row
    /// after `$1` for each chunk, and read the whole people table for each chunk of
    /// events. The rows come in the table's order, mostly `"row"` order;
    /// `PostgresChunk` puts them in `"row"` order.
    static func chunk(_ kind: RecordKind, redacted: Bool) -> String {
        let cells = (["\"row\"::text"] + columns(kind, redacted: redacted)).joined(separator: ", ")
        return "SELECT array_agg(cells) FROM (SELECT ARRAY[\(cells)] AS cells FROM \(table(kind, redacted: redacted))"
            + " WHERE \"row\" > $1::bigint AND \"row\" <= $2::bigint) AS chunk"
    }

    /// `chunk`'s rows column by column: how many rows, then each column's cells
    /// (`"row"` first, NULL as empty, which the decoder reads alike) joined by U+001F,
    /// one text a column; for a user who may not read `load_text` (`rowChunk`, which
    /// costs the server about two thirds of this). `string_agg` appends each value's
    /// bytes (where `concat_ws` turned every value into a C string and measured it
    /// again). The columns come from one scan, so their cells are in the same order.
    /// A value holding U+001F splits wrongly; `PostgresChunk` sees it from the count,
    /// and the chunk is read again with `chunk`.
    static func columnChunk(_ kind: RecordKind, redacted: Bool) -> String {
        let cells = ["string_agg(\"row\"::text, E'\\x1f')"]
            + columns(kind, redacted: redacted).map { "string_agg(coalesce(\($0), ''), E'\\x1f')" }
        return "SELECT count(*)::text, " + cells.joined(separator: ", ")
            + " FROM \(table(kind, redacted: redacted)) WHERE \"row\" > $1::bigint AND \"row\" <= $2::bigint"
    }

    /// `chunk`'s rows as one text: how many rows, then their `load_text`s (`fourth`)
    /// joined by U+001E. A value holding U+001E or U+001F splits wrongly;
    /// `PostgresChunk` sees it from the count, and the chunk is read again with `chunk`.
    static func rowChunk(_ kind: RecordKind) -> String {
        "SELECT count(*)::text, string_agg(load_text, E'\\x1e') FROM \(RecordTable.name(kind))"
            + " WHERE \"row\" > $1::bigint AND \"row\" <= $2::bigint"
    }

    /// The record tables whose `load_text` this user may read (by table name).
    static let readableLoadTexts = """
        SELECT c.relname::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE a.attname = 'load_text' AND NOT a.attisdropped AND c.relnamespace = current_schema()::regnamespace
          AND has_column_privilege(c.oid, a.attnum, 'SELECT')
        """

    /// The first and last `"row"` of `kind`'s table (or view), as text; NULLs when empty.
    static func rowSpan(_ kind: RecordKind, redacted: Bool) -> String {
        "SELECT min(\"row\")::text, max(\"row\")::text FROM \(table(kind, redacted: redacted))"
    }

    /// A record's column values as text (`nil` for none; `protected` as true/false).
    static func texts(_ record: DecodedRecord) -> [String?] {
        let columns = RecordTable.columns(record.kind)
        return zip(columns, RecordTable.values(record)).map { column, value in
            if column == "\"protected\"" { return (value as? Int).map { $0 != 0 ? "true" : "false" } ?? "false" }
            return value as? String
        }
    }
}

extension PostgresSchema {
    /// Drops every KinGraph table (for `--force` onto an existing archive).
    static let dropAll = """
        DROP TABLE IF EXISTS merged, audit, links, events, ties, people, sources, meta, kingraph_migrations CASCADE;
        DROP FUNCTION IF EXISTS kingraph_append_only() CASCADE;
        """
}
