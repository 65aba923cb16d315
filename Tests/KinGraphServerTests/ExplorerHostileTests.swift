import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import KinGraphServer

/// Archive text that must reach the browser as plain text: markup, quotes,
/// `javascript:` URLs, bidirectional overrides, very long names.
@Suite struct ExplorerHostileTests {
    static let hostile = [
        "<script>alert('x')</script>", "Quote \" and ' inside", "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">x</a>", "<img src=x onerror=alert(1)>", "bidi \u{202E}reversed\u{202C} end",
        "]]> <!-- --> <?xml?>", String(repeating: "Very long name ", count: 300), "Tom & Jerry &amp; &lt;b&gt;",
    ]

    static var archiveJSON: String {
        var people: [[String: Any]] = []
        var ties: [[String: Any]] = []
        var events: [[String: Any]] = []
        var links: [[String: Any]] = []
        for (index, text) in hostile.enumerated() {
            people.append([
                "id": "H-\(index)", "name": text, "hangul": text, "aliases": [text], "home": text, "status": "detained",
                "sources": ["S-1"],
            ])
            events.append(["id": "EV-\(index)", "person": "H-\(index)", "kind": index == 0 ? "defection" : "arrest",
                           "date": "2015-0\(1 + index % 9)", "place": text, "facility": text, "sources": ["S-1"]])
            if index > 0 {
                ties.append(["from": "H-0", "to": "H-\(index)", "kind": index % 2 == 0 ? "sibling" : "friend", "sources": ["S-1"]])
                links.append(["cause": "EV-0", "effect": "EV-\(index)", "kind": "guilt-by-association", "sources": ["S-1"]])
            }
        }
        let archive: [String: Any] = [
            "format": "kingraph-archive/1", "title": hostile[0],
            "sources": [["id": "S-1", "kind": "testimony", "title": hostile[3]]],
            "people": people, "ties": ties, "events": events, "links": links,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: archive, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func archiveTextIsEscapedOnEveryPage() async throws {
        let harness = try ExplorerHarness(json: Self.archiveJSON)
        defer { harness.remove() }
        let uris = ["/", "/?q=\(q("<script>"))", "/?q=Very", "/stats", "/person?id=H-0", "/person?id=H-4", "/person?id=H-7",
                    "/diagram?question=because-of&person=H-0", "/diagram?question=neighbors&person=H-0&view=events",
                    "/diagram?question=implicated&person=H-0", "/path?from=H-1&to=H-2", "/api/find?name=\(q("<script>"))"]
        try await harness.test { [auth = harness.bearer] client in
            for uri in uris {
                try await client.execute(uri: uri, method: .get, headers: auth) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let page = response.text
                    if uri.hasPrefix("/api/") {
                        // JSON strings may hold anything: never sniffed as HTML.
                        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                        #expect(response.headers[.xContentTypeOptions] == "nosniff")
                        return
                    }
                    let scripts = page.components(separatedBy: "<script").count - 1
                    #expect(scripts == 1, "\(uri): \(scripts) script tags")
                    #expect(!page.contains("<img"), "\(uri)")
                    #expect(!page.lowercased().contains("href=\"javascript:"), "\(uri)")
                    #expect(page.range(of: #"<[a-zA-Z]+(\s+[a-zA-Z:-]+(="[^"]*")?)*\s+on[a-z]+\s*="#, options: .regularExpression) == nil, "\(uri): an event handler attribute")
                    #expect(!page.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, "\(uri): a bidi override")
                    #expect(!page.contains("<a href=\"javascript"), "\(uri)")
                    if uri.hasPrefix("/person") || uri == "/" {
                        #expect(page.contains("&lt;script&gt;"), "\(uri): the text is shown, escaped")
                    }
                }
            }
            try await client.execute(uri: "/person?id=H-5", method: .get, headers: auth) { response in
                #expect(response.text.contains("bidi [U+202E]reversed[U+202C] end"))
            }
        }
    }

    @Test func escapingFunctionsLeaveNoMarkup() {
        #expect(HTML.escape("<a href=\"x\" onclick='y'>&</a>") == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.escape("nul\u{0}bell\u{7}\u{85}ok") == "nulbellok")
        #expect(HTML.text("\u{2067}x") == "<bdi>[U+2067]x</bdi>")
        #expect(HTML.link("/person", [("id", "a&b c\"<")]) == "/person?id=a%26b%20c%22%3C")
        #expect(Reply.jsonString("</script>\"\\\n\u{1}") == "\"\\u003c/script>\\\"\\\\\\n\\u0001\"")
    }
}
