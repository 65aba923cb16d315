import GRDBSQLite

/// A prepared SQLite statement stepped through the C API, for reading many rows
/// without per-row overhead. Finalized when released.
final class RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    /// Prepares `sql` on `connection`; throws the SQLite error code and message.
    init(_ connection: OpaquePointer, _ sql: String) throws(SQLiteFailure) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw SQLiteFailure(connection, code)
        }
        handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears the bindings and binds `values` (text, or `Int64`) from the first parameter.
    func bind(_ values: [Any]) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            if let number = value as? Int64 {
                sqlite3_bind_int64(handle, position, number)
            } else if let text = value as? String {
                sqlite3_bind_text(handle, position, text, -1, rawTransient)
            }
        }
    }

    /// Moves to the next row: `true` when there is one.
    func step() throws(SQLiteFailure) -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw SQLiteFailure(connection, code)
    }

    /// Ends the current read, so the statement holds nothing open.
    func reset() { sqlite3_reset(handle) }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The column's text, `nil` when NULL or empty.
    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        if count == 0 { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Calls `body` with the column's UTF-8 bytes; `nil` when NULL or empty.
    func withBytes<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        if count == 0 { return nil }
        return body(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// The destructor value that makes SQLite copy bound text.
private let rawTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A SQLite error: its primary result code and message.
struct SQLiteFailure: Error {
    let code: Int32
    let message: String

    init(_ connection: OpaquePointer, _ code: Int32) {
        self.code = code
        message = String(cString: sqlite3_errmsg(connection))
    }

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }
}
