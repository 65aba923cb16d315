import Foundation
import KinGraphCore
import KinGraphStore
import Testing

@testable import KinGraphPostgres

/// The throwaway server `scripts/with-postgres.sh` started (`KINGRAPH_TEST_POSTGRES`,
/// a superuser), and fresh databases on it, one per test.
enum TestServer {
    /// The superuser URL, `nil` when no server was started.
    static var url: String? {
        ProcessInfo.processInfo.environment["KINGRAPH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The URL with another database (and user).
    static func url(database: String, user: String? = nil) throws -> String {
        let admin = try PostgresURL(url ?? "")
        return "postgres://\(user ?? admin.user)@\(admin.host):\(admin.port)/\(database)"
    }

    /// A new empty database; its URL (as the superuser).
    static func database() throws -> String {
        let name = "kg_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let session = try PostgresSession(try PostgresURL(url ?? ""))
        try session.execute("CREATE DATABASE \(name)")
        return try url(database: String(name))
    }
}

/// The two engines, for tests that run the same on both.
enum Engine: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A new store of this engine holding `archive`.
    func store(_ archive: Archive, scratch: String) throws -> any ArchiveStore {
        switch self {
        case .sqlite:
            return try SQLiteStore.create(scratch + "/work.kgdb", archive: archive, author: Fixture.author, command: "test")
        case .postgres:
            return try PostgresStore.create(try TestServer.database(), archive: archive, author: Fixture.author, command: "test")
        }
    }
}
