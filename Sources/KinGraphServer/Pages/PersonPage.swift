import KinGraphCore

/// A person's page: facts, aliases, sources and status, then their timeline, who was
/// punished because of them (with the chains and sources), the relatives their
/// escape implicated, and their neighbours, each with a link to its diagram.
struct PersonPage {
    let graph: ArchiveGraph
    let person: Int32
    let level: Confidence

    /// The page's title and body.
    func render(scratch: inout GraphScratch) -> (title: String, body: String) {
        let parts = PageParts(graph: graph)
        let record = graph.person(person)
        var body = "<h1 id=\"person-name\">\(HTML.text(record.name))</h1>"
        body += "<p class=\"tabs\"><a href=\"#facts\">Facts</a><a href=\"#timeline\">Timeline</a>"
        body += "<a href=\"#because-of\">Because of them</a><a href=\"#implicated\">Implicated</a>"
        body += "<a href=\"#neighbours\">Neighbours</a></p>"
        body += facts(record, parts)
        body += timeline(record, parts, &scratch)
        body += becauseOf(record, parts, &scratch)
        body += implicated(record, parts, &scratch)
        body += neighbours(record, parts, &scratch)
        return (record.name, body)
    }

    private func diagramLink(_ question: String, _ record: Person, label: String) -> String {
        let href = HTML.link("/diagram", [("question", question), ("person", record.id), ("min-confidence", level.rawValue)])
        return "<p><a class=\"diagram-link\" id=\"diagram-\(question)\" href=\"\(href)\">\(HTML.escape(label))</a></p>"
    }

    private func facts(_ record: Person, _ parts: PageParts) -> String {
        var rows: [[String]] = [["Id", HTML.text(record.id)], ["Name", HTML.text(record.name)]]
        if let hangul = record.hangul { rows.append(["Hangul", HTML.text(hangul)]) }
        if !record.aliases.isEmpty { rows.append(["Aliases", record.aliases.map(HTML.text).joined(separator: ", ")]) }
        if let sex = record.sex { rows.append(["Sex", HTML.text(sex.rawValue)]) }
        if let born = record.born { rows.append(["Born", HTML.text(born.description)]) }
        if let home = record.home { rows.append(["Home", HTML.text(home)]) }
        rows.append(["Status", HTML.text(record.status?.rawValue ?? "unknown")])
        if record.isProtected { rows.append(["Protected", "yes: never name them in anything published"]) }
        var out = "<section id=\"facts\"><h2>Facts</h2>" + parts.table([], rows)
        out += "<h3>Sources</h3>"
        let sources = record.sources.compactMap { id -> [String]? in
            guard let s = graph.sourceIndex(id) else { return [HTML.text(id), "", "", ""] }
            let source = graph.archive.sources[Int(s)]
            return [HTML.text(id), HTML.text(source.title ?? ""), HTML.text(source.kind.rawValue),
                    HTML.text(source.date?.description ?? "")]
        }
        out += sources.isEmpty ? "<p class=\"muted\">No source cited.</p>" : parts.table(["Source", "Title", "Kind", "Date"], sources)
        return out + "</section>"
    }

    private func timeline(_ record: Person, _ parts: PageParts, _ scratch: inout GraphScratch) -> String {
        let result = graph.timeline(person: person, minConfidence: level, scratch: &scratch)
        var out = "<section id=\"timeline\"><h2>Timeline</h2>"
        out += diagramLink("timeline", record, label: "Draw the timeline")
        let rows = result.events.map { entry -> [String] in
            [HTML.text(entry.date?.description ?? "undated"), HTML.text(entry.kind.rawValue), parts.person(entry.person),
             HTML.text([entry.place, entry.facility, entry.country].compactMap { $0 }.joined(separator: ", ")),
             HTML.text(entry.confidence.rawValue), parts.sources(entry.sources)]
        }
        out += rows.isEmpty ? "<p class=\"muted\">No events recorded.</p>"
            : parts.table(["Date", "Event", "Person", "Where", "Confidence", "Sources"], rows)
        return out + "</section>"
    }

    private func becauseOf(_ record: Person, _ parts: PageParts, _ scratch: inout GraphScratch) -> String {
        let result = graph.becauseOf(person: person, minConfidence: level, scratch: &scratch)
        var out = "<section id=\"because-of\"><h2>Punished because of \(HTML.text(record.name))</h2>"
        out += diagramLink("because-of", record, label: "Draw who was punished because of them")
        if result.results.isEmpty { return out + "<p class=\"muted\">No one found.</p></section>" }
        out += "<ul class=\"punished\">"
        for punished in result.results {
            out += "<li>" + parts.person(punished.person)
            for reached in punished.events { out += parts.chain(reached) }
            out += "</li>"
        }
        return out + "</ul></section>"
    }

    private func implicated(_ record: Person, _ parts: PageParts, _ scratch: inout GraphScratch) -> String {
        var out = "<section id=\"implicated\"><h2>Relatives implicated by their escape</h2>"
        let result: ImplicatedResult
        do {
            result = try graph.implicated(person: person, minConfidence: level, scratch: &scratch)
        } catch {
            return out + "<p class=\"muted\">\(HTML.text(error.description))</p></section>"
        }
        out += diagramLink("implicated", record, label: "Draw the implicated relatives")
        let rows = result.relatives.map { relative -> [String] in
            let status = relative.status.rawValue
            return [parts.person(relative.person), HTML.text(relative.kinship), String(relative.distance),
                    "<span class=\"status-\(status)\">\(status)</span>",
                    relative.events.map(parts.event).joined(separator: "<br>")]
        }
        out += rows.isEmpty ? "<p class=\"muted\">No relatives within \(result.depth) steps.</p>"
            : parts.table(["Relative", "Kinship", "Hops", "Status", "Events"], rows)
        if !result.others.isEmpty {
            out += "<h3>Others punished (not family)</h3><ul>"
            for other in result.others { out += "<li>" + parts.person(other.person) + "</li>" }
            out += "</ul>"
        }
        return out + "</section>"
    }

    private func neighbours(_ record: Person, _ parts: PageParts, _ scratch: inout GraphScratch) -> String {
        var out = "<section id=\"neighbours\"><h2>Neighbours</h2>"
        out += diagramLink("neighbors", record, label: "Draw the neighbourhood")
        guard let result = try? graph.neighbors(person: person, minConfidence: level, scratch: &scratch)
        else { return out + "</section>" }
        if result.results.isEmpty { return out + "<p class=\"muted\">No ties recorded.</p></section>" }
        out += "<ul class=\"neighbours\">" + result.results.map { "<li>" + parts.person($0.person) + "</li>" }.joined()
        return out + "</ul></section>"
    }
}
