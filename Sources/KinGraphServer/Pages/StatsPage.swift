import Foundation
import KinGraphCore

/// The stats page: the report table (each count with its share of the punished) and
/// a bar chart for each grouping: place, era, border closure, reason.
struct StatsPage {
    let result: StatsResult

    func render(level: Confidence) -> String {
        var out = "<h1>The archive in the report's terms</h1>"
        out += "<form class=\"controls\" method=\"get\" action=\"/stats\">" + StatsPage.confidencePicker(level)
        out += "<button type=\"submit\">Show</button></form>"
        out += "<p id=\"stats-summary\">People \(result.people), punished \(result.punished), cases \(result.cases), "
        out += "testimonies \(result.testimonies)</p>"
        var rows: [[String]] = []
        for (group, values) in groups {
            for (index, (label, value)) in values.enumerated() {
                rows.append([index == 0 ? HTML.escape(group) : "", HTML.escape(label), String(value), share(value)])
            }
        }
        rows.append(["total", "", String(result.punished), share(result.punished)])
        out += "<table id=\"stats-table\"><thead><tr><th></th><th></th><th>Punished</th><th>Share</th></tr></thead><tbody>"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        out += "</tbody></table><h2>Charts</h2>"
        for (group, values) in groups { out += BarChart(title: "By \(group)", bars: values).svg() }
        return out
    }

    /// The groupings of the report, each with its labelled counts (reasons the archive
    /// does not use left out, as the CLI's table does).
    var groups: [(String, [(String, Int)])] {
        let why = result.why
        var reasons = [("defection", why.defection), ("guilt-by-association", why.guiltByAssociation),
                       ("contact-abroad", why.contactAbroad)]
        reasons += [("smuggling", why.smuggling), ("religion", why.religion), ("foreign-media", why.foreignMedia),
                    ("other", why.other)].filter { $0.1 > 0 }
        reasons.append(("unknown", why.unknown))
        return [
            ("place", [("inside the country (KP)", result.where.KP), ("abroad", result.where.abroad),
                       ("unknown", result.where.unknown)]),
            ("era", [("before 2011-12-17", result.era.before), ("after 2011-12-17", result.era.after),
                     ("uncertain", result.era.uncertain)]),
            ("border closure", [("before 2020-01-22", result.covid.before), ("after 2020-01-22", result.covid.after),
                                ("uncertain", result.covid.uncertain)]),
            ("reason", reasons),
        ]
    }

    private func share(_ value: Int) -> String {
        guard result.punished > 0 else { return "-" }
        return String(format: "%.1f%%", Double(value) * 100 / Double(result.punished))
    }

    /// A `<select name="min-confidence">` with `level` chosen.
    static func confidencePicker(_ level: Confidence) -> String {
        var out = "<label>Min confidence<select name=\"min-confidence\">"
        for option in Confidence.allCases {
            out += "<option value=\"\(option.rawValue)\"\(option == level ? " selected" : "")>\(option.rawValue)</option>"
        }
        return out + "</select></label>"
    }
}

/// A horizontal bar chart as inline SVG (no script, no style attribute).
struct BarChart {
    var title: String
    var bars: [(String, Int)]

    func svg() -> String {
        let rowHeight = 22, labelWidth = 190, barWidth = 260
        let height = 30 + rowHeight * bars.count
        let top = max(1, bars.map(\.1).max() ?? 1)
        var out = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" "
        out += "height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\">"
        out += "<title>\(HTML.escape(title))</title>"
        out += "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">\(HTML.escape(title))</text>"
        for (index, (label, value)) in bars.enumerated() {
            let y = 26 + index * rowHeight
            let width = value * barWidth / top
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" font-size=\"12\" text-anchor=\"end\">\(HTML.escape(label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"#0072B2\"/>"
            out += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\" font-size=\"12\">\(value)</text>"
        }
        return out + "</svg>"
    }
}
