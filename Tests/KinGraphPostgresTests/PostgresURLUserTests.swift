import KinGraphTestSupport
import Testing

@testable import KinGraphPostgres

/// The explorer's sign-in puts the user's own name in the archive's URL: any name
/// reads back as it is, with the URL's host, port and database.
@Suite struct PostgresURLUserTests {
    @Test func aUserNameReadsBackAsItIs() throws {
        let url = try PostgresURL("postgres://kg_owner@db.example.org:5433/kin%20graph")
        for name in ["kim", "o'brien", "a@b:c/d", "김철수", "%41", "x y"] {
            let back = try PostgresURL(url.text(user: name))
            #expect(back.user == name, "\(name)")
            #expect(back.host == "db.example.org" && back.port == 5433 && back.database == "kin graph")
            #expect(back.givenPassword == nil)
        }
    }
}
