import KinGraphCore

/// The search page: one box; results as you type (the script asks `/api/find`), and
/// the same results drawn by the server when the form is sent.
struct SearchPage {
    let graph: ArchiveGraph

    func render(query: String?) -> String {
        var out = "<h1>Find a person</h1>"
        out += "<form id=\"search\" method=\"get\" action=\"/\"><input type=\"search\" id=\"search-box\" name=\"q\" "
        out += "autocomplete=\"off\" autofocus placeholder=\"Name, hangul, alias or id\" value=\"\(HTML.attribute(query ?? ""))\">"
        out += " <button type=\"submit\">Search</button></form>"
        out += "<p class=\"muted\">Korean names match in any usual spelling (Chol, Cheol, Chul; Kim, Gim) and in hangul.</p>"
        out += "<ul id=\"search-results\">"
        if let query {
            let parts = PageParts(graph: graph)
            if let p = graph.personIndex(query) {
                out += "<li>" + parts.person(graph.person(p).id) + " <span class=\"muted\">(by id)</span></li>"
            }
            let found = graph.find(query)
            let all = found.results + found.partial
            if all.isEmpty && graph.personIndex(query) == nil { out += "<li>No one matches.</li>" }
            for match in all.prefix(50) {
                out += "<li>" + parts.person(match.person) + " <span class=\"muted\">(" + HTML.text(match.person) + ")"
                if match.matched != match.name { out += " matched " + HTML.text(match.matched) }
                out += "</span></li>"
            }
        }
        return out + "</ul>"
    }
}
