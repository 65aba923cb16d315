import KinGraphCore

/// Small pieces of HTML built from the graph: links to people, events in words,
/// source lists. Every archive string is escaped here.
struct PageParts {
    let graph: ArchiveGraph

    /// A link to `id`'s page, labelled with their name (the id when unknown).
    func person(_ id: String) -> String {
        let name = graph.personIndex(id).map { graph.person($0).name } ?? id
        return "<a class=\"person\" href=\"\(HTML.link("/person", [("id", id)]))\">\(HTML.text(name))</a>"
    }

    /// An event in words: its kind, date and id.
    func event(_ id: String) -> String {
        guard let e = graph.eventIndex(id) else { return HTML.text(id) }
        let record = graph.event(e)
        var text = record.kind.rawValue
        if let date = record.date { text += " " + date.description }
        return HTML.text(text) + " <span class=\"muted\">" + HTML.text(id) + "</span>"
    }

    /// Sources cited, by title where the archive gives one: "[T-1: title, …]".
    func sources(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "<span class=\"muted\">no source</span>" }
        return ids.map { id in
            guard let s = graph.sourceIndex(id) else { return HTML.text(id) }
            let source = graph.archive.sources[Int(s)]
            var text = id
            if let title = source.title { text += ": " + title }
            return "<span class=\"source\">" + HTML.text(text) + "</span>"
        }.joined(separator: "; ")
    }

    /// A chain of events with the link between each pair and its sources.
    func chain(_ reached: ReachedEvent) -> String {
        var out = "<ol class=\"chain\">"
        for (index, id) in reached.chain.enumerated() {
            out += "<li>" + event(id)
            if index > 0, index - 1 < reached.links.count {
                let link = reached.links[index - 1]
                out += " <span class=\"muted\">(\(HTML.escape(link.kind.rawValue)); sources: \(sources(link.sources)))</span>"
            }
            out += "</li>"
        }
        return out + "</ol>"
    }

    /// A table: `headers` plain text, `rows` HTML already escaped.
    func table(_ headers: [String], _ rows: [[String]]) -> String {
        var out = "<table>"
        if !headers.isEmpty { out += "<thead><tr>" + headers.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>" }
        out += "<tbody>"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return out + "</tbody></table>"
    }
}
