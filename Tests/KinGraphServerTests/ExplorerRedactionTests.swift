import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphTestSupport
import Testing

@testable import KinGraphServer

/// The redaction guarantee over the explorer: by default no page, API answer or
/// download (SVG, PDF, PNG, DOT; PDF streams and PNG data inflated, entities and
/// escapes decoded) holds any protected person's name, marker, hangul, alias, birth
/// date, home, event place or id, whichever route and parameters are asked for.
@Suite struct ExplorerRedactionTests {
    /// Every route the explorer has, with people asked about by pseudonym and by the
    /// ids and names of the archive as it is.
    static func routes(_ harness: ExplorerHarness, _ archive: RedactionArchive) -> [(uri: String, format: String)] {
        let graph = harness.explorer.archive.snapshot.graph
        let shown = graph.archive.people.map(\.id)
        let pseudonyms = shown.filter { $0.hasPrefix("protected-") }
        var asked = Array(shown.prefix(12)) + pseudonyms.prefix(4)
        asked += archive.secrets.prefix(3).map(\.id) + archive.secrets.prefix(2).map(\.name)
        var routes: [(String, String)] = [("/", "html"), ("/stats", "html"), ("/path", "html"),
                                          ("/api/stats", "json"), ("/api/openapi.json", "json"),
                                          ("/static/explorer.js", "js"), ("/static/explorer.css", "css")]
        for text in ["Zorvik", "Kang", "Ri Myong", "Gang", "F0", "님"] {
            routes += [("/?q=\(q(text))", "html"), ("/api/find?name=\(q(text))", "json")]
        }
        for id in shown { routes.append(("/person?id=\(q(id))", "html")) }
        let questions = ["because-of", "implicated", "neighbors", "timeline"]
        for (index, person) in asked.enumerated() {
            routes.append(("/person?id=\(q(person))", "html"))
            for api in questions + ["find"] {
                let key = api == "find" ? "name" : "person"
                routes.append(("/api/\(api)?\(key)=\(q(person))", "json"))
            }
            for question in questions {
                let view = index % 2 == 0 ? "people" : "events"
                let base = "question=\(question)&person=\(q(person))&depth=2&view=\(view)"
                routes.append(("/diagram?\(base)", "html"))
                let format = ["svg", "pdf", "png", "dot"][(index + question.count) % 4]
                routes.append(("/diagram/download?\(base)&format=\(format)", format))
            }
        }
        for (a, b) in [("F0", "F5"), (pseudonyms.first ?? "F1", "F3"), (archive.secrets[0].id, "F2")] {
            routes += [("/path?from=\(q(a))&to=\(q(b))", "html"), ("/api/path?from=\(q(a))&to=\(q(b))", "json")]
            for format in ["svg", "pdf", "png", "dot"] {
                routes.append(("/diagram/download?question=path&from=\(q(a))&to=\(q(b))&format=\(format)", format))
            }
        }
        return routes
    }

    /// Fetches every route; each answer's bytes, with what asked for it.
    static func collect(_ harness: ExplorerHarness, _ archive: RedactionArchive) async throws -> [(uri: String, format: String, bytes: [UInt8], status: Int)] {
        let routes = Self.routes(harness, archive)
        let collected = Locked<[(String, String, [UInt8], Int)]>([])
        try await harness.test { [auth = harness.bearer] client in
            for (uri, format) in routes {
                try await client.execute(uri: uri, method: .get, headers: auth) { response in
                    collected.withLock { $0.append((uri, format, response.bytes, response.status.code)) }
                }
            }
        }
        return collected.withLock { $0 }.map { (uri: $0.0, format: $0.1, bytes: $0.2, status: $0.3) }
    }

    @Test func noProtectedStringReachesAnyPageAnswerOrDownload() async throws {
        let archive = RedactionArchive(families: 8)
        let harness = try ExplorerHarness(json: archive.json)
        defer { harness.remove() }
        let outputs = try await Self.collect(harness, archive)
        #expect(outputs.count > 150)
        #expect(Zlib.available, "zlib could not be loaded: PDF and PNG data would go unsearched")
        let rare = Set(RedactionArchive.rareSyllables.compactMap { $0.unicodeScalars.first?.value })
        var downloads = Set<String>()
        for output in outputs {
            if output.status == 200 && output.uri.hasPrefix("/diagram/download") { downloads.insert(output.format) }
            let search = OutputSearch(output.bytes, format: output.format == "html" ? "svg" : output.format)
            // What the asker typed may come back (the search box, "no person matches …").
            let asked = output.uri.removingPercentEncoding ?? output.uri
            for secret in archive.secrets {
                for string in secret.strings where !asked.contains(string) {
                    if let place = search.find(string) {
                        Issue.record("\(secret.id)'s '\(string)' is in \(output.uri) (\(output.format), \(place))")
                    }
                }
            }
            var masked = search
            masked.mapWords {
                $0.replacingOccurrences(of: #"(?:protected-|Protected person )\d+"#, with: "", options: .regularExpression)
            }
            for secret in archive.secrets {
                if let place = masked.find(secret.year, inWords: true) {
                    Issue.record("\(secret.id)'s birth year \(secret.year) is in \(output.uri) (\(place))")
                }
            }
            #expect(search.codePoints.isDisjoint(with: rare), "a protected hangul glyph is in the fonts of \(output.uri)")
        }
        #expect(downloads == ["svg", "pdf", "png", "dot"], "every download format was searched")
        // Positive control: protected people are there, by pseudonym.
        let pages = outputs.filter { $0.uri.hasPrefix("/person?id=F0") || $0.uri.hasPrefix("/diagram?question=because-of&person=F0") }
        #expect(!pages.isEmpty)
        for page in pages {
            #expect(OutputSearch(page.bytes, format: "svg").find("Protected person") != nil, "no pseudonym in \(page.uri)")
        }
        // The archive's own ids and names of protected people find no one.
        for secret in archive.secrets.prefix(3) {
            let answer = outputs.first { $0.uri == "/api/because-of?person=\(q(secret.id))" }
            #expect(answer?.status == 404, "\(secret.id) resolved in the redacted explorer")
        }
    }

    @Test func revealProtectedShowsThemToTheTokenHolder() async throws {
        let archive = RedactionArchive(families: 4)
        let harness = try ExplorerHarness(json: archive.json, reveal: true)
        defer { harness.remove() }
        let secret = archive.secrets[0]
        try await harness.test { [auth = harness.bearer] client in
            try await client.execute(uri: "/person?id=\(q(secret.id))", method: .get, headers: auth) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(secret.name) && response.text.contains(secret.hangul))
                #expect(response.text.contains("internal use only"))
            }
            try await client.execute(uri: "/diagram/download?question=neighbors&person=\(q(secret.id))&format=svg", method: .get, headers: auth) { response in
                #expect(OutputSearch(response.bytes, format: "svg").find(secret.hangul) != nil)
            }
        }
    }
}
