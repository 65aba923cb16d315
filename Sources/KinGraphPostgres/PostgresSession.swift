import Foundation
import KinGraphStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server, used synchronously (the CLI and the store
/// interface are synchronous): each statement waits for its answer on the
/// caller's thread while NIO's own threads do the talking.
final class PostgresSession: @unchecked Sendable {
    let url: PostgresURL
    private let connection: PostgresConnection
    private let logger: Logger

    /// Connects as `url.user` with its password (`PGPASSWORD` or `~/.pgpass`).
    ///
    /// - Throws: `StoreError.failed` in one line: unreachable, refused password, no such database.
    init(_ url: PostgresURL) throws(StoreError) {
        self.url = url
        var logger = Logger(label: "kingraph.postgres")
        logger.logLevel = .critical
        self.logger = logger
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password(), database: url.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }

    deinit {
        let closing: EventLoopFuture<Void> = connection.close()
        try? closing.wait()
    }

    /// Runs `sql` with `binds`; gives every row.
    func rows(_ sql: String, _ binds: [String?] = []) throws(StoreError) -> [PostgresRow] {
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: Self.bindings(binds)), logger: logger).wait().rows
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }

    /// Sends `sql` with `binds` without waiting: queries sent so run one after another
    /// on the connection, so the server answers this one while the caller reads the last.
    func send(_ sql: String, _ binds: [String?] = []) -> PendingRows {
        PendingRows(future: connection.query(PostgresQuery(unsafeSQL: sql, binds: Self.bindings(binds)), logger: logger), url: url)
    }

    /// The answer of a query `send` sent.
    struct PendingRows {
        fileprivate let future: EventLoopFuture<PostgresQueryResult>
        fileprivate let url: PostgresURL

        /// Waits for every row.
        func rows() throws(StoreError) -> [PostgresRow] {
            do {
                return try future.wait().rows
            } catch {
                throw PostgresFailure.store(error, url: url)
            }
        }
    }

    /// Runs statements without parameters, one after another: several are separated
    /// by a `;` that ends a line (the protocol takes one statement at a time).
    func execute(_ sql: String) throws(StoreError) {
        for statement in sql.components(separatedBy: ";\n") {
            let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { _ = try rows(text) }
        }
    }

    /// The first column of the first row as text.
    func value(_ sql: String, _ binds: [String?] = []) throws(StoreError) -> String? {
        guard let row = try rows(sql, binds).first, let cell = row.first(where: { _ in true }) else { return nil }
        return cell.bytes.map { String(buffer: $0) }
    }

    /// Runs `body` in a transaction (`BEGIN …` as given), committed when it returns,
    /// rolled back when it throws.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private static func bindings(_ values: [String?]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { bindings.append(value) } else { bindings.appendNull() }
        }
        return bindings
    }

    /// Binds text arrays (for `unnest`): each column as one `text[]`.
    func insertColumns(_ sql: String, _ columns: [[String]]) throws(StoreError) {
        var bindings = PostgresBindings(capacity: columns.count)
        for column in columns { bindings.append(column) }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresFailure.store(error, url: url)
        }
    }
}

/// What a PostgreSQL error means for the user, in one line.
enum PostgresFailure {
    static func store(_ error: any Error, url: PostgresURL) -> StoreError {
        if let error = error as? StoreError { return error }
        let place = url.description
        guard let error = error as? PSQLError else {
            return .failed(path: place, reason: "\(error)")
        }
        if let info = error.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "server error"
            switch state {
            case "28P01", "28000":
                return .failed(path: place, reason: "the server refused the password of '\(url.user)' (set PGPASSWORD or ~/.pgpass; ask the archive's admin)")
            case "3D000":
                return .failed(path: place, reason: "no database '\(url.database)' on \(url.host):\(url.port) (the admin makes it: createdb \(url.database))")
            case "42501":
                return .failed(path: place, reason: "'\(url.user)' has no right to do this (\(message)); ask the archive's admin for a role that has")
            case "40001", "40P01":
                return .locked(path: place, seconds: 0)
            default:
                return .failed(path: place, reason: message)
            }
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            let detail = error.underlying.map { "\($0)" } ?? "no answer"
            return .failed(path: place, reason: "cannot reach the PostgreSQL server at \(url.host):\(url.port) (\(detail))")
        case .authMechanismRequiresPassword:
            return .failed(path: place, reason: "the server asks a password for '\(url.user)' and none was given (set PGPASSWORD or add a line to ~/.pgpass)")
        default:
            return .failed(path: place, reason: "\(error.code)")
        }
    }
}
