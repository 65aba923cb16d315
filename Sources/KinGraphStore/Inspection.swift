import GRDBSQLite

/// A look at a SQLite file through a read-only connection before the store opens
/// it for real, so a database of another program is left exactly as it was (the
/// store would switch it to WAL mode).
enum Inspection {
    /// The tables every KinGraph archive has.
    static let tables: Set<String> = ["meta", "sources", "people", "ties", "events", "links", "audit"]

    /// Throws `.otherProgram` unless `path` has KinGraph's application id and tables.
    static func checkOurs(_ path: String, busyTimeout: Double) throws(StoreError) {
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil)
        defer { sqlite3_close_v2(connection) }
        guard code == SQLITE_OK, let connection else {
            throw SQLiteStore.failure(
                SQLiteFailure(code: code, message: String(cString: sqlite3_errstr(code))), path: path, busyTimeout: busyTimeout)
        }
        sqlite3_busy_timeout(connection, Int32(min(busyTimeout * 1000, Double(Int32.max))))
        let ours: Bool
        do throws(SQLiteFailure) {
            let id = try RawStatement(connection, "PRAGMA application_id")
            let application = try id.step() ? Int32(truncatingIfNeeded: id.int(0)) : 0
            let names = try RawStatement(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")
            var found: Set<String> = []
            while try names.step() { if let name = names.text(0) { found.insert(name) } }
            ours = application == StoreSchema.applicationID && tables.isSubset(of: found)
        } catch {
            throw SQLiteStore.failure(error, path: path, busyTimeout: busyTimeout)
        }
        if !ours { throw .otherProgram(path: path) }
    }
}
