import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// Every form an archive can take, by where it is: `postgres://…` is a team
/// archive in PostgreSQL, a SQLite file (by its header) a working archive, a JSON
/// file or CSV folder a plain one. The CLI asks here rather than of one engine.
public enum ArchiveEngines {
    /// Whether `path` is a PostgreSQL URL.
    public static func isPostgres(_ path: String) -> Bool { PostgresURL.names(path) }

    /// Whether `path` is a store (records changes): PostgreSQL or a SQLite file.
    public static func isStore(_ path: String) -> Bool { isPostgres(path) || ArchiveLoader.isSQLite(path) }

    /// Reads and validates the archive at `path`, in any form (a PostgreSQL archive's
    /// password from `PGPASSWORD` or `~/.pgpass`).
    public static func load(from path: String, limits: ReadLimits = .standard) throws(ArchiveLoadError) -> LoadedArchive {
        guard isPostgres(path) else { return try ArchiveLoader.load(from: path, limits: limits) }
        do {
            return try PostgresStore.open(path).load()
        } catch .invalid(_, let problems) {
            throw .invalid(problems)
        } catch {
            throw .unreadable(path: PostgresURL.hidingPassword(path), reason: error.reasonOnly)
        }
    }

    /// Opens the store at `path`: PostgreSQL or SQLite.
    public static func open(_ path: String) throws(StoreError) -> any ArchiveStore {
        isPostgres(path) ? try PostgresStore.open(path) : try SQLiteStore.open(path)
    }

    /// Makes a new store at `path` holding `archive`.
    public static func create(
        _ path: String, archive: Archive, author: ChangeAuthor, command: String, overwrite: Bool
    ) throws(StoreError) -> any ArchiveStore {
        if isPostgres(path) {
            return try PostgresStore.create(path, archive: archive, author: author, command: command, overwrite: overwrite)
        }
        return try SQLiteStore.create(path, archive: archive, author: author, command: command, overwrite: overwrite)
    }
}

extension ArchiveEngines {
    /// The team archive at `path` opened as `user` with `password` (the explorer's
    /// sign-in form): the URL's user replaced, the password used instead of
    /// `PGPASSWORD` or `~/.pgpass` and kept nowhere once connected.
    ///
    /// - Throws: `.failed` in one line: a refused password or unknown user, no right to
    ///   connect, an unreachable server, no KinGraph archive there.
    public static func open(_ path: String, user: String, password: String) throws(StoreError) -> PostgresStore {
        try PostgresStore.open(try PostgresURL(path).text(user: user), password: password)
    }
}

extension PostgresStore {
    /// The archive's revision: a number every change raises (`meta.revision`), read
    /// by any role, to notice a change without reading the archive.
    public func revision() throws(StoreError) -> String {
        try session.value("SELECT value FROM meta WHERE key = 'revision'") ?? "0"
    }
}
