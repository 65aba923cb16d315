import Foundation
import GRDB
import KinGraphCore
import KinGraphFormats

/// The SQLite engine of `ArchiveStore`: one archive in one database file, in WAL
/// mode so readers never wait for the writer and never see half a change; writers
/// take turns (a second one waits up to `busyTimeout`, then fails with `.locked`).
///
///     let store = try SQLiteStore.open("work.kgdb")
///     let loaded = try store.load()
public final class SQLiteStore: ArchiveStore, Sendable {
    /// The database file.
    public let path: String
    /// How long a writer waits for another to finish, in seconds.
    public let busyTimeout: Double
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool, busyTimeout: Double) {
        self.path = path
        self.pool = pool
        self.busyTimeout = busyTimeout
    }

    /// The default wait for another writer: `KINGRAPH_BUSY_TIMEOUT` seconds, else 5.
    public static var defaultBusyTimeout: Double {
        ProcessInfo.processInfo.environment["KINGRAPH_BUSY_TIMEOUT"].flatMap(Double.init).map { max($0, 0) } ?? 5
    }

    /// Opens the KinGraph archive at `path`, migrating an older schema forward.
    ///
    /// - Throws: `.notFound`, `.notSQLite` (by its header, whatever its name),
    ///   `.otherProgram`, `.damaged`, `.newerSchema`, `.locked`, `.failed`.
    public static func open(_ path: String, busyTimeout: Double = defaultBusyTimeout) throws(StoreError) -> SQLiteStore {
        switch SQLiteHeader.check(path) {
        case .sqlite: break
        case .other: throw .notSQLite(path: path)
        case .unreadable(let code):
            if code == ENOENT { throw .notFound(path: path) }
            throw .failed(path: path, reason: String(cString: strerror(code)))
        }
        try Inspection.checkOurs(path, busyTimeout: busyTimeout)
        let store = try connect(path, busyTimeout: busyTimeout)
        try store.migrate()
        return store
    }

    /// Makes a new archive at `path` holding `archive` (empty for `init`), with one
    /// audit entry saying how it was made. Written to a temporary file beside `path`
    /// and renamed into place, so `path` never holds half an archive.
    public static func create(
        _ path: String, archive: Archive, author: ChangeAuthor, command: String, overwrite: Bool = false
    ) throws(StoreError) -> SQLiteStore {
        var info = stat()
        if stat(path, &info) == 0 {
            guard overwrite, info.st_mode & S_IFMT == S_IFREG else { throw .exists(path: path) }
        }
        let folder = AtomicFile.parentFolder(of: path)
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        for suffix in ["", "-journal"] { unlink(temporary + suffix) }
        do {
            // A rollback-journal database while it is built: one file to rename, no WAL
            // beside it (the store switches it to WAL when it opens it).
            // Nothing else sees the temporary file and a failure deletes it, so it is
            // built without a journal; the referrer indexes (second migration) are made
            // after the records are in, which is faster than keeping them up row by row.
            let queue = try DatabaseQueue(path: temporary)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            try StoreSchema.migrator(upTo: "kingraph-1").migrate(queue)
            try queue.inTransaction(.immediate) { db in
                try BulkWriter.write(archive, db)
                var log = try AuditWriter(db, author: author)
                try log.append(
                    command: command, kind: "archive", record: "*", before: nil,
                    after: "{\"counts\":\(BulkWriter.counts(archive))}", source: nil, reason: nil)
                try log.finish()
                try Meta.bumpRevision(db)
                return .commit
            }
            try StoreSchema.migrator().migrate(queue)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
        } catch {
            for suffix in ["", "-journal"] { unlink(temporary + suffix) }
            throw failure(error, path: path, busyTimeout: 0)
        }
        if let handle = fopen(temporary, "r") {
            fsync(fileno(handle))
            fclose(handle)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(path: path, reason: reason)
        }
        AtomicFile.syncFolder(folder)
        return try open(path)
    }

    private static func connect(_ path: String, busyTimeout: Double) throws(StoreError) -> SQLiteStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.maximumReaderCount = 6
        configuration.label = "kingraph"
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            return SQLiteStore(path: path, pool: pool, busyTimeout: busyTimeout)
        } catch {
            throw failure(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs the migrations this database lacks.
    private func migrate() throws(StoreError) {
        let migrator = StoreSchema.migrator()
        do {
            let state: (Bool, Bool) = try pool.read { (db: Database) throws -> (Bool, Bool) in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            let (superseded, complete) = state
            if superseded { throw StoreError.newerSchema(path: path) }
            if !complete { try migrator.migrate(pool) }
        } catch {
            throw Self.failure(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// The migrations applied, oldest first (`kingraph-1`, `kingraph-2`).
    public func schemaVersions() throws(StoreError) -> [String] {
        try access { (db: Database) throws -> [String] in
            Array(try StoreSchema.migrator().appliedIdentifiers(db)).sorted()
        }
    }

    /// Runs `body` with the writer connection, outside any transaction, mapping
    /// SQLite errors to `StoreError`.
    func access<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction(body)
        } catch {
            throw Self.failure(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs `body` in a read transaction of a reader connection.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.failure(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// What a SQLite (or store) error means for the user.
    static func failure(_ error: any Error, path: String, busyTimeout: Double) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? SQLiteFailure { return failure(code: error.code, message: error.message, path: path, busyTimeout: busyTimeout) }
        if let error = error as? DatabaseError {
            return failure(code: error.resultCode.primaryResultCode.rawValue, message: error.message ?? "\(error)", path: path, busyTimeout: busyTimeout)
        }
        return .failed(path: path, reason: "\(error)")
    }

    private static func failure(code: Int32, message: String, path: String, busyTimeout: Double) -> StoreError {
        switch ResultCode(rawValue: code) {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path, seconds: busyTimeout)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT: return .damaged(path: path, reason: message)
        default: return .failed(path: path, reason: message)
        }
    }
}
