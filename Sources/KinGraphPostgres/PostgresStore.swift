import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// The PostgreSQL engine of `ArchiveStore`: a team archive in one database, shared
/// by several people each connecting as their own PostgreSQL role. Changes are
/// planned and validated exactly as on SQLite (`ChangePlanner`, `Neighbourhood`),
/// and logged with the same entries and hash chain (`AuditSequence`); writers take
/// turns on the log's head, readers read one snapshot.
///
///     let store = try PostgresStore.open("postgres://kim@db.example.org/archive")
public final class PostgresStore: ArchiveStore, @unchecked Sendable {
    /// The URL as given.
    public let path: String
    let url: PostgresURL
    let session: PostgresSession
    /// Runs in `apply` after the first change has read its records and before
    /// anything is written (tests make another writer commit there).
    var beforeWriting: (() throws -> Void)?
    /// How many rows `load` reads a query (tests make it small to read in many chunks).
    var loadChunkRows = 32_768
    /// How many connections `load` reads tables on at once.
    var loadConnections = 2
    /// Whether `load` reads the rows the server keeps as text (`load_text`) where the
    /// user may (tests turn it off to read every table a column at a time).
    var loadReadsLoadText = true
    /// Runs in `load` after each chunk of a table is decoded, with its number from 0
    /// (tests make another writer commit there).
    var afterLoadChunk: (@Sendable (RecordKind, Int) throws -> Void)?

    private init(path: String, url: PostgresURL, session: PostgresSession) {
        self.path = path
        self.url = url
        self.session = session
    }

    /// The archive's name in messages and places: `postgres://user@host:port/db`.
    var file: String { url.description }

    /// Opens the KinGraph archive at `path` (`postgres://user@host[:port]/db`),
    /// running the migrations it lacks (which needs the owner's rights).
    ///
    /// - Throws: `.failed` for a wrong URL, an unreachable server, a refused password,
    ///   no such database, a database without KinGraph's schema; `.newerSchema`.
    ///   `password`, when given, is used instead of `PGPASSWORD` or `~/.pgpass`.
    public static func open(_ path: String, password: String? = nil) throws(StoreError) -> PostgresStore {
        var url = try PostgresURL(path)
        url.givenPassword = password
        let store = PostgresStore(path: path, url: url, session: try PostgresSession(url))
        let applied = try store.schemaVersions()
        if applied.isEmpty {
            throw .failed(
                path: url.description,
                reason: "the database '\(url.database)' holds no KinGraph archive (kingraph init --archive \(url.description) makes one)")
        }
        if applied.contains(where: { name in !PostgresSchema.migrations.contains { $0.name == name } }) {
            throw .newerSchema(path: url.description)
        }
        try store.migrate(from: applied)
        return store
    }

    /// Makes the KinGraph tables in the database at `path` and fills them with
    /// `archive`, with one audit entry saying how, all in one transaction (nothing
    /// is left behind when it fails). An existing archive is replaced only with `overwrite`.
    public static func create(
        _ path: String, archive: Archive, author: ChangeAuthor, command: String, overwrite: Bool = false
    ) throws(StoreError) -> PostgresStore {
        let url = try PostgresURL(path)
        let store = PostgresStore(path: path, url: url, session: try PostgresSession(url))
        do {
            try store.session.transaction {
                if try !store.schemaVersions().isEmpty {
                    guard overwrite else { throw StoreError.exists(path: url.description) }
                    try store.session.execute(PostgresSchema.dropAll)
                }
                try store.session.execute("CREATE TABLE kingraph_migrations (name TEXT PRIMARY KEY)")
                try store.session.execute(PostgresSchema.migrations[0].sql)
                // Columns the server computes from the others come before the rows (each
                // row's computed as it is written, no table rewritten); indexes and grants after.
                let later = PostgresSchema.migrations.dropFirst()
                for migration in later where PostgresSchema.beforeRows.contains(migration.name) {
                    try store.session.execute(store.roles.fill(migration.sql))
                }
                try PostgresBulk.write(archive, store.session)
                for migration in later where !PostgresSchema.beforeRows.contains(migration.name) {
                    try store.session.execute(store.roles.fill(migration.sql))
                }
                for migration in PostgresSchema.migrations {
                    _ = try store.session.rows("INSERT INTO kingraph_migrations (name) VALUES ($1)", [migration.name])
                }
                let who = try store.databaseUser()
                var log = AuditSequence(author: ChangeAuthor(name: who, at: author.at), lastSeq: 0, lastHash: AuditChain.genesis, lastChange: 0)
                let entry = log.next(
                    command: command, kind: "archive", record: "*", before: nil,
                    after: "{\"counts\":\(BulkWriter.counts(archive))}", source: nil, reason: nil)
                try store.insert(entry)
                try store.setMeta("log_head", log.head)
                try store.session.execute("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'revision'")
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
        return store
    }

    /// The migrations applied, oldest first; `[]` for a database without KinGraph's schema.
    public func schemaVersions() throws(StoreError) -> [String] {
        guard try session.value("SELECT to_regclass('kingraph_migrations')::text") != nil else { return [] }
        return try session.rows("SELECT name FROM kingraph_migrations ORDER BY name").compactMap { row in
            PostgresCells(row).text(0)
        }
    }

    private func migrate(from applied: [String]) throws(StoreError) {
        let missing = PostgresSchema.migrations.filter { !applied.contains($0.name) }
        guard !missing.isEmpty else { return }
        do {
            try session.transaction {
                for migration in missing {
                    try session.execute(roles.fill(migration.sql))
                    _ = try session.rows("INSERT INTO kingraph_migrations (name) VALUES ($1)", [migration.name])
                }
            }
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }

    /// The group roles of this archive's database.
    var roles: PostgresRoles { PostgresRoles(database: url.database) }

    /// The PostgreSQL role this store is connected as.
    func databaseUser() throws(StoreError) -> String {
        try session.value("SELECT current_user::text") ?? url.user
    }

    func setMeta(_ key: String, _ value: String) throws(StoreError) {
        _ = try session.rows(
            "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [key, value])
    }

    /// Appends `entry` to the audit table.
    func insert(_ entry: AuditEntry) throws(StoreError) {
        _ = try session.rows(
            """
            INSERT INTO audit (seq, change, at, "by", command, kind, record, before, after, source, reason, hash)
            VALUES ($1::bigint, $2::bigint, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """,
            [
                String(entry.seq), String(entry.change), entry.at, entry.by, entry.command, entry.kind, entry.record,
                entry.before, entry.after, entry.source, entry.reason, entry.hash,
            ])
    }
}
