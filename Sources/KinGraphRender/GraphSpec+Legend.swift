extension GraphSpec {
    /// Adds the legend below the drawing (right of it when time runs left to right):
    /// one table of the colours, boxes and line styles used, and one sample node per
    /// shape used, all held on the last rank.
    ///
    /// The table is an HTML-like label built only from KinGraph's own words (the
    /// meanings of its styles), escaped all the same; no archive data goes in.
    /// Past the drawing's sinks, invisible edges pull the legend under everything
    /// (with dot, `rank=sink` alone only reaches the last rank of the component
    /// the legend is in); other engines let it float.
    ///
    /// - Complexity: O(n + e) to find the drawing's sinks.
    mutating func addLegend(_ legend: Legend, direction: Diagram.Direction, layout: LayoutEngine) {
        guard !legend.entries.isEmpty else { return }
        let drawingNodes = nodes.map(\.name) + clusters.flatMap { $0.nodes.map(\.name) }
        let tableName = internalPrefix + "legend"
        var tableEntries: [Legend.Entry] = []
        var sampleNames: [String] = []
        for entry in legend.entries {
            guard case .shape(let shape) = entry else {
                tableEntries.append(entry)
                continue
            }
            let name = internalPrefix + "legend-shape-\(sampleNames.count + 1)"
            sampleNames.append(name)
            let style = shape.style.isEmpty ? "filled" : "filled," + shape.style
            nodes.append(
                Node(
                    name: name,
                    attributes: [
                        Attribute("label", GraphvizText.label([shape.meaning])), Attribute("shape", shape.shape),
                        Attribute("style", style), Attribute("fillcolor", "#FFFFFF"),
                        Attribute("penwidth", shape.penwidth), Attribute("fontsize", "10"),
                    ]))
        }
        var rank: [String] = []
        if !tableEntries.isEmpty {
            let columns = direction == .leftToRight ? 1 : min(3, tableEntries.count)
            nodes.append(
                Node(
                    name: tableName,
                    attributes: [
                        Attribute("shape", "plaintext"), Attribute("fontsize", "10"),
                        Attribute("label", LegendTable.markup(tableEntries, columns: columns), isHTML: true),
                    ]))
            rank.append(tableName)
        }
        rank += sampleNames
        sinkRank = rank
        guard layout == .dot, let anchor = rank.first else { return }
        let tails = Set(edges.map(\.tail))
        for name in drawingNodes where !tails.contains(name) {
            edges.append(Edge(tail: name, head: anchor, attributes: [Attribute("style", "invis"), Attribute("weight", "0")]))
        }
    }
}

/// The HTML-like table of the legend: a sample and its meaning per entry.
enum LegendTable {
    static func markup(_ entries: [Legend.Entry], columns: Int) -> String {
        var rows = "<TR><TD COLSPAN=\"\(2 * columns)\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
        var index = 0
        while index < entries.count {
            rows += "<TR>"
            for column in 0..<columns {
                if index + column < entries.count {
                    let entry = entries[index + column]
                    rows += sample(entry) + "<TD ALIGN=\"LEFT\">\(escape(entry.meaning))</TD>"
                } else {
                    rows += "<TD></TD><TD></TD>"
                }
            }
            rows += "</TR>"
            index += columns
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#888888\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
            + "CELLPADDING=\"3\">\(rows)</TABLE>"
    }

    private static func sample(_ entry: Legend.Entry) -> String {
        let box = "WIDTH=\"30\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\""
        switch entry {
        case .fill(let fill):
            return "<TD BGCOLOR=\"\(escape(fill.color))\" BORDER=\"1\" COLOR=\"#000000\" \(box)></TD>"
        case .cluster(let look):
            let background = look.fillColor.map { " BGCOLOR=\"\(escape($0))\"" } ?? ""
            return "<TD\(background) BORDER=\"1\" COLOR=\"\(escape(look.borderColor))\" STYLE=\"rounded\" \(box)></TD>"
        case .line(let look):
            let color = escape(look.color)
            let pattern = look.pattern == .solid ? "" : " STYLE=\"\(look.pattern.rawValue)\""
            let sides = look.isDouble ? "TB" : "B"
            let height = look.isDouble ? 4 : 6
            var line = "<TD SIDES=\"\(sides)\" BORDER=\"\(look.width)\" COLOR=\"\(color)\"\(pattern) "
            line += "WIDTH=\"26\" HEIGHT=\"\(height)\" FIXEDSIZE=\"TRUE\"></TD>"
            let head =
                look.isDirected
                ? "<TD ROWSPAN=\"2\" VALIGN=\"MIDDLE\"><FONT COLOR=\"\(color)\" POINT-SIZE=\"9\">▶</FONT></TD>" : ""
            return "<TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>\(line)\(head)</TR>"
                + "<TR><TD HEIGHT=\"\(height)\" FIXEDSIZE=\"TRUE\" WIDTH=\"26\"></TD></TR></TABLE></TD>"
        case .shape:
            return "<TD></TD>"
        }
    }

    /// Text for an HTML-like label: `&`, `<`, `>` and `"` as entities, no control characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in GraphvizText.clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
