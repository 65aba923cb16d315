import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphTestSupport
import Testing

@testable import KinGraphCLI
@testable import KinGraphServer

/// A browser of the explorer under test: the token's cookie and, once signed in, the session's.
struct Browser: Sendable {
    let client: any TestClientProtocol
    let harness: ExplorerHarness
    var cookies: [String]

    init(_ client: any TestClientProtocol, _ harness: ExplorerHarness, signedInAs user: String? = nil) async throws {
        self.client = client
        self.harness = harness
        cookies = []
        cookies = try await client.execute(uri: "/?token=\(harness.token)", method: .get) { Self.cookies($0) }
        if let user {
            let (response, set) = try await signIn(user, "\(user)-pw")
            #expect(response.status == .seeOther, "\(response.text.suffix(300))")
            cookies += set.filter { $0.hasPrefix(harness.explorer.sessionCookie) }
        }
    }

    var headers: HTTPFields { [.cookie: cookies.joined(separator: "; ")] }
    var formHeaders: HTTPFields {
        var fields = headers
        fields[.contentType] = "application/x-www-form-urlencoded"
        return fields
    }

    /// Gets the form (and its nonce cookie), then posts `user` and `password` with it.
    func signIn(_ user: String, _ password: String) async throws -> (TestResponse, [String]) {
        let (nonce, form) = try await client.execute(uri: "/sign-in", method: .get, headers: headers) { response in
            let text = response.text
            let value = text.range(of: "name=\"nonce\" value=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
            return (String(value ?? ""), Self.cookies(response))
        }
        var posted = headers
        posted[.cookie] = (cookies + form).joined(separator: "; ")
        posted[.contentType] = "application/x-www-form-urlencoded"
        let body = "nonce=\(q(nonce))&user=\(q(user))&password=\(q(password))"
        return try await client.execute(uri: "/sign-in", method: .post, headers: posted, body: ByteBuffer(string: body)) {
            ($0, Self.cookies($0))
        }
    }

    /// The body of `uri`, which must answer 200.
    func get(_ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            #expect(response.status == .ok, "\(uri): \(response.status) \(response.text.suffix(300))")
            return response.text
        }
    }

    static func cookies(_ response: TestResponse) -> [String] {
        response.headers[values: .setCookie].map { String($0.prefix { $0 != ";" }) }
    }
}

extension ExplorerHarness {
    /// An explorer over the team archive at `url`, signing each user in as their own role.
    init(team url: String, reveal: Bool) throws {
        folder = FileManager.default.temporaryDirectory.path + "/kingraph-serve-" + UUID().uuidString
        path = url
        let render = RenderPool.Settings(command: [Self.binary, "render-worker"], size: 2, rendersPerHelper: 100, timeout: 30)
        explorer = Explorer(
            team: TeamArchive(place: url, revealProtected: reveal, signIn: Serve.teamSignIn(url)),
            queries: ServeQueries(archivePath: url),
            settings: Explorer.Settings(token: token, render: render, cacheBytes: 8 << 20, rateLimit: 0))
    }
}
