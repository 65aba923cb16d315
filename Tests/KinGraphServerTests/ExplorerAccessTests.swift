import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import KinGraphServer

@Suite struct ExplorerAccessTests {
    @Test func everyRouteNeedsTheToken() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        try await harness.test { client in
            for uri in ["/", "/person?id=P-0001", "/stats", "/path", "/diagram?person=P-0001", "/api/stats",
                        "/api/openapi.json", "/static/explorer.js", "/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(!response.text.contains("Pak Yong-myong"))
                }
            }
        }
    }

    @Test func theTokenOnceGivesACookieAndARedirectWithoutIt() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let token = harness.token
        try await harness.test { client in
            var cookie = ""
            try await client.execute(uri: "/person?id=P-0001&token=\(token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/person?id=P-0001")
                let set = response.headers[.setCookie] ?? ""
                #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict"))
                cookie = String(set.prefix { $0 != ";" })
            }
            try await client.execute(uri: "/person?id=P-0001", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Pak Yong-myong"))
            }
            // A wrong or malformed token, as cookie, bearer or parameter, is refused.
            let wrong = String(token.reversed())
            for bad in [wrong, "", "x", String(repeating: "f", count: 300), "%00%ff\u{202E}"] {
                let name = cookie.prefix { $0 != "=" }
                try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(name)=\(q(bad))"]) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(q(bad))"]) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/?token=\(q(bad))", method: .get) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.setCookie] == nil)
                }
            }
            // The redirect never leaves the server.
            try await client.execute(uri: "//evil.example/?token=\(token)", method: .get) { response in
                #expect(response.headers[.location] == "/")
            }
        }
    }

    @Test func limitsGive4xxAndHeadersAreAlwaysSet() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let auth = harness.bearer
        try await harness.test { client in
            let long = String(repeating: "a", count: 1000)
            try await client.execute(uri: "/?q=\(long)", method: .get, headers: auth) { response in
                #expect(response.status == .uriTooLong)
            }
            try await client.execute(uri: "/api/find?name=\(long)", method: .get, headers: auth) { response in
                #expect(response.status == .uriTooLong)
            }
            try await client.execute(uri: "/?token=\(long)", method: .get) { response in
                #expect(response.status.code >= 400 && response.status.code < 500)
            }
            try await client.execute(uri: "/api/stats", method: .post, headers: auth, body: ByteBuffer(string: "x")) { response in
                #expect(response.status == .methodNotAllowed)
            }
            try await client.execute(uri: "/?q=%zz", method: .get, headers: auth) { response in
                #expect(response.status == .badRequest)
            }
            for traversal in ["/../../etc/passwd", "/static/../Package.swift", "/static/%2e%2e/%2e%2e/etc/passwd",
                              "/diagram/download/../../../etc/passwd"] {
                try await client.execute(uri: traversal, method: .get, headers: auth) { response in
                    #expect(response.status == .notFound, "\(traversal)")
                    #expect(!response.text.contains("root:"))
                }
            }
            for uri in ["/", "/nowhere", "/api/stats", "/diagram?person=nobody"] {
                try await client.execute(uri: uri, method: .get, headers: auth) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                }
            }
        }
    }

    @Test func theRateLimitAnswers429() async throws {
        let harness = try ExplorerHarness(existing: ExplorerHarness.root + "/graphs/sample.json", rateLimit: 5)
        defer { harness.remove() }
        let auth = harness.bearer
        try await harness.test { client in
            var statuses: [Int] = []
            // A static answer, many times: on a loaded machine a slow answer lets the
            // bucket refill (5 a second) as fast as requests drain it.
            for _ in 0..<60 {
                try await client.execute(uri: "/api/openapi.json", method: .get, headers: auth) { statuses.append($0.status.code) }
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == 200 })
            #expect(statuses.contains(429))
        }
    }
}
