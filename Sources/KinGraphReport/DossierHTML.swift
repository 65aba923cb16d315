import KinGraphCore

/// Writes a dossier as one self-contained HTML file: the styles inline, the diagrams
/// and charts as inline SVG, no reference to anything outside the file. It is also
/// well-formed XML, so any XML parser reads it back.
///
/// Chain steps carry footnote markers `[n]`, numbered through the whole document;
/// each section ends with its notes, which cite the sources by id, kind, date and
/// title.
public struct DossierHTML: Sendable {
    public init() {}

    public func write(_ dossier: Dossier) -> String {
        var notes = 0
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<title>\(HTMLText.escape("Dossier: " + dossier.title))</title>\n<style>\n\(DossierStyle.css)</style>\n</head>\n<body>\n"
        out += titlePage(dossier)
        out += summary(dossier)
        if let stats = dossier.statistics { out += statistics(stats, dossier) }
        for (n, section) in dossier.sections.enumerated() {
            out += victim(section, number: n + 1, sources: dossier.sources, notes: &notes)
        }
        return out + "</body>\n</html>\n"
    }

    func titlePage(_ d: Dossier) -> String {
        var out = "<section class=\"title-page\">\n<p class=\"kicker\">Case dossier</p>\n"
        out += "<h1>\(HTMLText.escape(d.title))</h1>\n<p class=\"scope\">\(HTMLText.escape(d.scope))</p>\n"
        out += "<p class=\"date\">Prepared \(HTMLText.escape(d.date)) with KinGraph</p>\n"
        out += "<div class=\"redaction\(d.revealed ? " revealed" : "")\">\n<h2>What is redacted</h2>\n<p>\(HTMLText.escape(d.redaction))</p>\n</div>\n"
        out += "<p class=\"reading\">Each section gives a person's facts, their timeline, the causal chain that led to their punishment as numbered steps (sources in the notes at the end of the section), and diagrams of their family and of the events.</p>\n"
        return out + "</section>\n"
    }

    func summary(_ d: Dossier) -> String {
        var out = "<section class=\"summary\">\n<h2>Summary</h2>\n<table>\n"
        out += HTMLText.row(["", "Person", "Name", "Status", "Where", "When"], header: true)
        for (n, row) in d.summary.enumerated() {
            out += HTMLText.row(["\(n + 1)", row.person, row.name, row.status, row.place, row.date])
        }
        return out + "</table>\n</section>\n"
    }

    func statistics(_ s: StatsResult, _ d: Dossier) -> String {
        var out = "<section class=\"statistics\">\n<h2>Statistics</h2>\n"
        out += "<p>\(s.people) people in the archive, \(s.punished) punished, \(s.cases) cases, \(s.testimonies) testimonies. Each punished person counts once, by their first punitive event.</p>\n"
        var statuses: [String: Int] = [:]
        for row in d.summary { statuses[row.status, default: 0] += 1 }
        let tables: [(String, [(label: String, count: Int)])] = [
            ("Where the first punishment happened", [("North Korea (KP)", s.where.KP), ("abroad", s.where.abroad), ("unknown", s.where.unknown)]),
            ("Before or after Kim Jong Un's accession (2011-12-17)", [("before", s.era.before), ("after", s.era.after), ("uncertain", s.era.uncertain)]),
            ("Before or after the border closure (2020-01-22)", [("before", s.covid.before), ("after", s.covid.after), ("uncertain", s.covid.uncertain)]),
            ("Why", [
                ("defection", s.why.defection), ("guilt by association", s.why.guiltByAssociation),
                ("contact abroad", s.why.contactAbroad), ("smuggling", s.why.smuggling), ("religion", s.why.religion),
                ("foreign media", s.why.foreignMedia), ("other", s.why.other), ("unknown", s.why.unknown),
            ]),
            ("Status of the people in this dossier", statuses.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
        ]
        for (title, rows) in tables {
            out += "<div class=\"stat\">\n<table>\n" + HTMLText.row([title, "people"], header: true)
            for row in rows { out += HTMLText.row([row.label, "\(row.count)"]) }
            out += "</table>\n" + BarChart(title: title, rows: rows).svg() + "</div>\n"
        }
        return out + "</section>\n"
    }

    func victim(_ s: VictimSection, number: Int, sources: [String: Source], notes: inout Int) -> String {
        let p = s.person
        var out = "<section class=\"victim\" id=\"person-\(HTMLText.escape(p.id))\">\n"
        out += "<h2>\(number). \(HTMLText.escape(p.name)) (\(HTMLText.escape(p.id)))</h2>\n<p class=\"role\">\(HTMLText.escape(s.role))</p>\n"
        out += "<h3>Facts</h3>\n<table class=\"facts\">\n"
        let facts: [(String, String?)] = [
            ("Id", p.id), ("Name", p.name), ("Hangul", p.hangul), ("Also known as", p.aliases.isEmpty ? nil : p.aliases.joined(separator: "; ")),
            ("Sex", p.sex?.rawValue), ("Born", p.born?.text), ("Home", p.home), ("Status", p.status?.rawValue),
            ("Sources", p.sources.joined(separator: ", ")),
        ]
        for (label, value) in facts {
            guard let value, !value.isEmpty else { continue }
            let lang = label == "Hangul" ? " lang=\"ko\"" : ""
            out += "<tr><th>\(label)</th><td\(lang)>\(HTMLText.escape(value))</td></tr>\n"
        }
        out += "</table>\n<h3>Timeline</h3>\n"
        if s.timeline.isEmpty {
            out += "<p class=\"note\">No event is recorded.</p>\n"
        } else {
            out += "<table class=\"timeline\">\n" + HTMLText.row(["Date", "Event", "Person", "What", "Where", "By", "Sources"], header: true)
            for e in s.timeline {
                let place = [e.facility, e.place, e.country].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                out += HTMLText.row([e.date?.text ?? "undated", e.event, e.name, e.kind.rawValue, place, e.agency ?? "", e.sources.joined(separator: ", ")])
            }
            out += "</table>\n"
        }
        var cited: [(Int, [String])] = []
        out += "<h3>Causal chain</h3>\n"
        if s.chains.isEmpty { out += "<p class=\"note\">No punitive event of this person is recorded, so no chain leads to one.</p>\n" }
        for (n, chain) in s.chains.enumerated() {
            if s.chains.count > 1 { out += "<p class=\"chain-title\">Chain \(n + 1) of \(s.chains.count)</p>\n" }
            out += "<ol class=\"chain\">\n"
            for step in chain {
                notes += 1
                cited.append((notes, step.sources))
                out += "<li><span class=\"n\">\(step.number).</span> \(HTMLText.escape(step.text))<sup>[\(notes)]</sup></li>\n"
            }
            out += "</ol>\n"
        }
        out += "<div class=\"drawing\">\n<h3>Family</h3>\n<figure class=\"diagram\">\(s.familyDiagram)</figure>\n</div>\n"
        out += "<div class=\"drawing\">\n<h3>Events</h3>\n<figure class=\"diagram\">\(s.eventsDiagram)</figure>\n</div>\n"
        if !cited.isEmpty {
            out += "<h3>Notes</h3>\n<ol class=\"notes\">\n"
            for (n, ids) in cited {
                let text = ids.map { id in Self.cite(id, sources[id]) }.joined(separator: "; ")
                out += "<li id=\"note-\(n)\">[\(n)] \(HTMLText.escape(text.isEmpty ? "no source recorded" : text))</li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    /// `T-003, testimony, 2022-09: Interview with a witness from Hyesan`.
    static func cite(_ id: String, _ source: Source?) -> String {
        guard let source else { return id }
        var text = "\(id), \(source.kind.rawValue)"
        if let date = source.date { text += ", \(date.text)" }
        if let title = source.title, !title.isEmpty { text += ": \(title)" }
        return text
    }
}
