import KinGraphCore

/// The path page: two people, the shortest path between them in words, and drawn.
struct PathPage {
    let graph: ArchiveGraph

    /// The form, with the answer when both people are given (`answer` the path and its
    /// drawing, or why there is none).
    func render(from: String?, to: String?, familyOnly: Bool, answer: String?) -> String {
        var out = "<h1>How are two people connected?</h1>"
        out += "<form class=\"controls\" id=\"path-form\" method=\"get\" action=\"/path\">"
        out += "<label>From<input type=\"text\" name=\"from\" id=\"path-from\" value=\"\(HTML.attribute(from ?? ""))\" placeholder=\"Name or id\"></label>"
        out += "<label>To<input type=\"text\" name=\"to\" id=\"path-to\" value=\"\(HTML.attribute(to ?? ""))\" placeholder=\"Name or id\"></label>"
        out += "<label>Family only<input type=\"checkbox\" name=\"family-only\" value=\"1\"\(familyOnly ? " checked" : "")></label>"
        out += "<button type=\"submit\">Find the path</button></form>"
        return out + (answer ?? "")
    }

    /// The path in words: each person and the tie to the next.
    func steps(_ result: PathResult) -> String {
        let parts = PageParts(graph: graph)
        guard let path = result.path else { return "<p id=\"path-none\">No connection found.</p>" }
        var out = "<ol id=\"path-steps\">"
        for (index, id) in path.enumerated() {
            out += "<li>" + parts.person(id)
            if let ties = result.ties, index < ties.count { out += " <span class=\"muted\">— \(HTML.escape(ties[index].rawValue)) —</span>" }
            out += "</li>"
        }
        return out + "</ol>"
    }
}
