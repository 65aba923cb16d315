import Foundation
import Testing

@testable import KinGraphPostgres

/// The URL's parts, the password's sources, and the refusals of a bad URL.
@Suite struct PostgresURLTests {
    @Test func partsOfAURL() throws {
        let url = try PostgresURL("postgres://kim@db.example.org:6543/archive")
        #expect(url.user == "kim" && url.host == "db.example.org" && url.port == 6543 && url.database == "archive")
        #expect(try PostgresURL("postgresql://ri@127.0.0.1/team").port == 5432)
    }

    @Test func badURLsAreRefusedInOneLine() {
        for (text, words) in [
            ("postgres://db.example.org/archive", "no user"), ("postgres://kim@db.example.org", "no database"),
            ("postgres://kim@db.example.org:port/a", "port"), ("mysql://kim@h/a", "not a PostgreSQL URL"),
            ("postgres://kim:secret@h/a", "password in the URL is refused"),
        ] {
            #expect {
                try PostgresURL(text)
            } throws: { error in
                "\(error)".contains(words) && !"\(error)".contains("secret") && !"\(error)".contains("\n")
            }
        }
    }

    @Test func passwordFromTheEnvironmentThenPgpass() throws {
        let url = try PostgresURL("postgres://kim@db:5432/archive")
        #expect(url.password(environment: ["PGPASSWORD": "one"]) == "one")
        let file = FileManager.default.temporaryDirectory.path + "/pgpass-\(UUID().uuidString)"
        try "# comment\nother:5432:*:kim:no\ndb:5432:*:kim:pa\\:ss\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(url.password(environment: ["PGPASSFILE": file]) == "pa:ss")
        #expect(try PostgresURL("postgres://ri@db/archive").password(environment: ["PGPASSFILE": file]) == nil)
    }
}
