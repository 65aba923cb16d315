extension GraphSpec {
    /// Adds the legend below the drawing (right of it when time runs left to right):
    /// one table of the colours, boxes and line styles used, and one sample node per
    /// shape used, all held on the last rank.
    ///
    /// The table is an HTML-like label built only from KinGraph's own words (the
    /// meanings of its styles), escaped all the same; no archive data goes in.
    /// One invisible edge, from the node deepest in the drawing, pulls the legend
    /// below everything (with dot, `rank=sink` alone only reaches the last rank of the
    /// component the legend is in; an edge from every sink makes dot 20 times slower
    /// on 200 people). Other engines let the legend float.
    ///
    /// - Complexity: O(n + e) to find the deepest node.
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
        guard layout == .dot, let anchor = rank.first, let deepest = deepestNode(among: drawingNodes) else { return }
        edges.append(Edge(tail: deepest, head: anchor, attributes: [Attribute("style", "invis"), Attribute("weight", "0")]))
    }

    /// The node with the longest chain of rank-setting edges above it (the first such
    /// in `names` order): where dot's last rank will be. Cycles are broken by letting
    /// the earliest waiting node go first.
    ///
    /// - Complexity: O(n + e).
    func deepestNode(among names: [String]) -> String? {
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var outgoing = Array(repeating: [(head: Int, length: Int)](), count: names.count)
        var waiting = Array(repeating: 0, count: names.count)
        for edge in edges {
            guard let t = index[edge.tail], let h = index[edge.head], t != h,
                !edge.attributes.contains(Attribute("constraint", "false"))
            else { continue }
            let length = edge.attributes.contains(Attribute("minlen", "0")) ? 0 : 1
            outgoing[t].append((h, length))
            waiting[h] += 1
        }
        var depth = Array(repeating: 0, count: names.count)
        var done = Array(repeating: false, count: names.count)
        var ready = names.indices.filter { waiting[$0] == 0 }
        var nextForced = 0
        var finished = 0
        while finished < names.count {
            if ready.isEmpty {
                // A cycle: release the first node still waiting.
                while done[nextForced] || waiting[nextForced] == 0 { nextForced += 1 }
                waiting[nextForced] = 0
                ready.append(nextForced)
            }
            let node = ready.removeLast()
            if done[node] { continue }
            done[node] = true
            finished += 1
            for (head, length) in outgoing[node] where !done[head] {
                depth[head] = max(depth[head], depth[node] + length)
                waiting[head] -= 1
                if waiting[head] == 0 { ready.append(head) }
            }
        }
        guard let best = depth.max() else { return nil }
        return depth.firstIndex(of: best).map { names[$0] }
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
