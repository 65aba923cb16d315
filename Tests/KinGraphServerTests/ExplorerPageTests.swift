import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphTestSupport
import Testing

@testable import KinGraphServer

@Suite struct ExplorerPageTests {
    @Test func searchMatchesRomanisationVariantsAndHangul() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let auth = harness.bearer
        try await harness.test { client in
            for name in ["Pak Yong-myong", "Park Young-myeong", "pak yongmyong", "박영명", "P-0001"] {
                try await client.execute(uri: "/?q=\(q(name))", method: .get, headers: auth) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("href=\"/person?id=P-0001\""), "\(name)")
                }
                try await client.execute(uri: "/api/find?name=\(q(name))", method: .get, headers: auth) { response in
                    if name != "P-0001" { #expect(response.text.contains("\"person\" : \"P-0001\""), "\(name)") }
                }
            }
            try await client.execute(uri: "/?q=Nobody+Atall", method: .get, headers: auth) { response in
                #expect(response.text.contains("No one matches."))
            }
        }
    }

    @Test func thePersonPageHasEverySection() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let auth = harness.bearer
        try await harness.test { client in
            try await client.execute(uri: "/person?id=P-0001", method: .get, headers: auth) { response in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("<title>Pak Yong-myong · KinGraph explorer</title>"))
                for section in ["facts", "timeline", "because-of", "implicated", "neighbours"] {
                    #expect(page.contains("<section id=\"\(section)\">"), "\(section)")
                }
                #expect(page.contains("박영명") && page.contains("Park Young-myeong") && page.contains("resettled"))
                #expect(page.contains("T-003"))  // a source cited
                #expect(page.contains("status-punished"))  // the implicated table
                #expect(page.contains("Protected person "))  // a protected neighbour, by pseudonym
                #expect(page.contains("href=\"/diagram?question=because-of&amp;person=P-0001"))
            }
            try await client.execute(uri: "/person?id=P-9999", method: .get, headers: auth) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/person", method: .get, headers: auth) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func statsShowTheTableAndACharForEachGrouping() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let stats = harness.explorer.archive.snapshot.graph.stats()
        try await harness.test { [auth = harness.bearer] client in
            try await client.execute(uri: "/stats", method: .get, headers: auth) { response in
                let page = response.text
                #expect(page.contains("People \(stats.people), punished \(stats.punished)"))
                #expect(page.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4)
                for title in ["By place", "By era", "By border closure", "By reason"] { #expect(page.contains(title)) }
            }
            try await client.execute(uri: "/stats?min-confidence=rumour", method: .get, headers: auth) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func thePathPageShowsThePathAndDrawsIt() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        try await harness.test { [auth = harness.bearer] client in
            try await client.execute(uri: "/path?from=P-0015&to=P-0066", method: .get, headers: auth) { response in
                let page = response.text
                #expect(page.contains("<ol id=\"path-steps\">"))
                #expect(page.contains("href=\"/person?id=P-0015\"") && page.contains("href=\"/person?id=P-0066\""))
                #expect(page.contains("<div class=\"diagram\" id=\"diagram\""))
                #expect(page.contains("<svg"))
            }
        }
    }

    @Test func theAPIGivesExactlyWhatTheCLIPrintsWithJSON() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let sample = ExplorerHarness.root + "/graphs/sample.json"
        let cases: [(String, [String])] = [
            ("/api/because-of?person=P-0001", ["because-of", "P-0001"]),
            ("/api/implicated?person=P-0001&depth=2", ["implicated", "P-0001", "--depth", "2"]),
            ("/api/path?from=P-0015&to=P-0066&family-only=1", ["path", "P-0015", "P-0066", "--family-only"]),
            ("/api/neighbors?person=P-0001&depth=2", ["neighbors", "P-0001", "--depth", "2"]),
            ("/api/timeline?person=P-0001&min-confidence=corroborated", ["timeline", "P-0001", "--min-confidence", "corroborated"]),
            ("/api/stats", ["stats"]),
            ("/api/find?name=Kim", ["find", "Kim"]),
            ("/api/because-of?person=Park+Young-myeong", ["because-of", "Park Young-myeong"]),
        ]
        var expected: [String] = []
        for (_, words) in cases { expected.append(try run(words + ["--json", "--redact", "--archive", sample])) }
        try await harness.test { [auth = harness.bearer, expected] client in
            for ((uri, _), cli) in zip(cases, expected) {
                try await client.execute(uri: uri, method: .get, headers: auth) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(response.text == cli, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/because-of?person=Nobody", method: .get, headers: auth) { response in
                #expect(response.status == .notFound)
                #expect(response.text.hasPrefix("{\"error\":"))
            }
            try await client.execute(uri: "/api/because-of?person=--help", method: .get, headers: auth) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/implicated?person=P-0002", method: .get, headers: auth) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/neighbors?person=P-0001&depth=0", method: .get, headers: auth) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func theOpenAPIDocumentIsTheOneInTheRepository() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let kept = try String(contentsOfFile: ExplorerHarness.root + "/docs/openapi.json", encoding: .utf8)
        try await harness.test { [auth = harness.bearer] client in
            try await client.execute(uri: "/api/openapi.json", method: .get, headers: auth) { response in
                #expect(response.text == kept)
                let document = try JSONSerialization.jsonObject(with: Data(response.bytes)) as? [String: Any]
                #expect(document?["openapi"] as? String == "3.1.0")
                let paths = (document?["paths"] as? [String: Any])?.keys.sorted() ?? []
                #expect(paths == (APIQuery.names.map { "/api/" + $0 } + ["/api/openapi.json"]).sorted())
            }
        }
    }

    /// Runs the kingraph binary; its standard output.
    private func run(_ arguments: [String]) throws -> String {
        try ChildProcess.run(ExplorerHarness.binary, arguments).stdout
    }
}
