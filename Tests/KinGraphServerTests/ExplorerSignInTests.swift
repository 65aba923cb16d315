import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphTestSupport
import Testing

@testable import KinGraphCLI
@testable import KinGraphServer

/// The explorer on a team archive (the server `scripts/with-postgres.sh` started):
/// every page needs a signed-in session, each user reads the archive as their own
/// PostgreSQL role, and what a viewer's pages, searches, answers and diagrams hold
/// is what the database gives a viewer, even with `--reveal-protected`.
@Suite(
    .serialized,
    .enabled(
        if: ProcessInfo.processInfo.environment["KINGRAPH_TEST_POSTGRES"] != nil,
        "KINGRAPH_TEST_POSTGRES is not set: run the tests through scripts/with-postgres.sh (make test)"))
struct ExplorerSignInTests {
    let team: TeamSample
    let harness: ExplorerHarness

    init() throws {
        team = try TeamSample()
        harness = try ExplorerHarness(team: team.url(), reveal: true)
    }

    @Test func withoutASessionEveryPageGoesToTheForm() async throws {
        let (harness, team) = (harness, team)
        defer { harness.remove() }
        try await harness.test { client in
            let browser = try await Browser(client, harness)
            for uri in ["/", "/person?id=P-0003", "/stats", "/diagram?person=P-0001", "/sign-out"] {
                try await client.execute(uri: uri, method: .get, headers: browser.headers) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/sign-in", "\(uri)")
                }
            }
            try await client.execute(uri: "/api/stats", method: .get, headers: browser.headers) { response in
                #expect(response.status == .unauthorized && response.text.contains("sign in"), "\(response.text)")
            }
            try await client.execute(uri: "/sign-in", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok && response.text.contains("type=\"password\""))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
            let refusals: [(String, String, HTTPResponse.Status, String)] = [
                (team.viewer, "wrong-\(team.viewer)", .unauthorized, "refused the password"),
                ("kg_nobody_\(team.suffix)", "whatever", .unauthorized, "refused the password"),
                (team.outsider, "\(team.outsider)-pw", .forbidden, "has no right"),
                ("<b>x</b>", "pw-of-x", .unauthorized, "&lt;b&gt;x"),
            ]
            for (user, password, status, message) in refusals {
                let (response, cookies) = try await browser.signIn(user, password)
                #expect(response.status == status, "\(user): \(response.text.suffix(300))")
                #expect(response.text.contains(message) && response.text.contains("<form"), "\(user): \(response.text.suffix(600))")
                #expect(!response.text.contains(password) && !response.text.contains("<b>x"))
                #expect(!cookies.contains { $0.hasPrefix(harness.explorer.sessionCookie) })
            }
            // A form without its nonce (posted from elsewhere) is refused before any connection.
            let forged = "user=\(team.viewer)&password=\(team.viewer)-pw"
            try await client.execute(
                uri: "/sign-in", method: .post, headers: browser.formHeaders, body: ByteBuffer(string: forged)
            ) { response in
                #expect(response.status == .forbidden && response.headers[.setCookie]?.contains("session") != true)
            }
            #expect(harness.explorer.team?.sessionCount == 0)
        }
    }

    @Test func aViewerSeesWhatTheDatabaseGivesAndAnAnalystSeesEverything() async throws {
        let (harness, team) = (harness, team)
        defer { harness.remove() }
        let hidden = try TeamSample.secrets()
        #expect(hidden.contains("Choe Un-sil") && hidden.contains("최은실"), "\(hidden.count)")
        try await harness.test { client in
            let analyst = try await Browser(client, harness, signedInAs: team.analyst)
            let viewer = try await Browser(client, harness, signedInAs: team.viewer)
            let pages = [
                "/person?id=P-0003", "/api/find?name=\(q("Choe"))", "/api/because-of?person=P-0001",
                "/api/neighbors?person=P-0003", "/stats",
            ]
            // The analyst draws first, so a shared cache would hand the viewer this diagram.
            let diagram = "/diagram?question=neighbors&person=P-0003&depth=1"
            let drawn = try await analyst.get(diagram)
            #expect(drawn.contains("Choe Un-sil") && drawn.contains("<svg"), "\(drawn.prefix(500))")
            #expect(try await analyst.get("/").contains("Signed in as <bdi>\(team.analyst)</bdi> (<bdi>analyst"))
            #expect(try await analyst.get("/person?id=P-0003").contains("Choe Un-sil"))
            #expect(try await analyst.get("/api/find?name=\(q("최은실"))").contains("P-0003"))
            #expect(try await analyst.get("/?q=\(q("Choe Un-sil"))").contains("P-0003"))

            var seen = try await viewer.get(diagram)
            #expect(seen.contains("<svg") && seen != drawn)
            for page in pages { seen += try await viewer.get(page) }
            // A search finds no protected person by name (the page says what was asked: that is left out).
            for name in ["Choe Un-sil", "최은실", "Choi Eun-sil"] {
                let found = try await viewer.get("/?q=\(q(name))")
                #expect(!found.contains("P-0003"), "\(name)")
                seen += found.replacingOccurrences(of: name, with: "")
            }
            #expect(seen.contains("Protected person") && seen.contains("Signed in as <bdi>\(team.viewer)</bdi> (<bdi>viewer"))
            // Even with --reveal-protected, the banner says what the viewer's pages are.
            let banner = try await viewer.get("/person?id=P-0003")
            #expect(banner.contains("The database hides protected people from your role") && !banner.contains("shown in full"))
            #expect(try await analyst.get("/person?id=P-0003").contains("Protected people are shown in full"))
            let leaks = hidden.filter { seen.contains($0) }.sorted()
            #expect(leaks.isEmpty, "the viewer's pages hold: \(leaks.prefix(10))")

            // Signing out ends the session: the same cookie goes back to the form.
            try await client.execute(uri: "/sign-out", method: .get, headers: viewer.headers) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/sign-in")
            }
            try await client.execute(uri: "/person?id=P-0003", method: .get, headers: viewer.headers) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/sign-in")
            }
            #expect(try await analyst.get("/stats").contains("Signed in as"))
            #expect(harness.explorer.team?.sessionCount == 1)
        }
    }

    /// A browser fetches more than the form (its icon): each fetch without a session
    /// is sent to the form, and must not change the nonce of the form being typed in.
    @Test func theFormKeepsTheBrowsersNonce() async throws {
        let (harness, team) = (harness, team)
        defer { harness.remove() }
        try await harness.test { client in
            var browser = try await Browser(client, harness)
            let first = try await client.execute(uri: "/sign-in", method: .get, headers: browser.headers) { Browser.cookies($0) }
            browser.cookies += first
            let again = try await client.execute(uri: "/sign-in", method: .get, headers: browser.headers) { Browser.cookies($0) }
            #expect(!first.isEmpty && again == first, "\(first) then \(again)")
            let (response, _) = try await browser.signIn(team.viewer, "\(team.viewer)-pw")
            #expect(response.status == .seeOther, "\(response.text.suffix(300))")
        }
    }

    @Test func aScriptSignsInWithTheTokenAndSeesTheNextChange() async throws {
        let (harness, team) = (harness, team)
        defer { harness.remove() }
        try await harness.test { client in
            // A script sends the token itself: no form, no nonce; it keeps the session cookie.
            var script: HTTPFields = [.authorization: "Bearer \(harness.token)", .contentType: "application/x-www-form-urlencoded"]
            let form = ByteBuffer(string: "user=\(team.analyst)&password=\(q(team.analyst + "-pw"))")
            script[.cookie] = try await client.execute(uri: "/sign-in", method: .post, headers: script, body: form) { response in
                #expect(response.status == .seeOther)
                return Browser.cookies(response).first { $0.hasPrefix(harness.explorer.sessionCookie) } ?? "none"
            }
            let find = "/api/find?name=\(q("Ri Song-hui"))"
            try await client.execute(uri: find, method: .get, headers: script) { response in
                #expect(!Self.matched(response.text), "\(response.text.prefix(300))")
            }
            let added = try CLIRunner.run(["add", "person", "--name", "Ri Song-hui", "--source", "T-001", "--archive", team.url()])
            #expect(added.status == 0, "\(added.stderr)")
            harness.explorer.reloadIfChanged()
            try await client.execute(uri: find, method: .get, headers: script) { response in
                #expect(response.status == .ok && Self.matched(response.text), "\(response.text.prefix(300))")
            }
        }
    }

    @Test func aViewerWhoseRoleIsTakenAwayIsSignedOut() async throws {
        let (harness, team) = (harness, team)
        defer { harness.remove() }
        try await harness.test { client in
            let viewer = try await Browser(client, harness, signedInAs: team.viewer)
            #expect(try await viewer.get("/stats").contains("Signed in as"))
            try team.psql("REVOKE kingraph_\(team.database)_viewer FROM \(team.viewer)", in: team.database)
            harness.explorer.reloadIfChanged()
            try await client.execute(uri: "/stats", method: .get, headers: viewer.headers) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/sign-in")
            }
            #expect(harness.explorer.team?.sessionCount == 0)
        }
    }

    /// Whether a `find` answer matched Ri Song-hui exactly.
    static func matched(_ answer: String) -> Bool {
        answer.replacingOccurrences(of: " ", with: "").contains("\"matched\":\"RiSong-hui\"")
    }
}
