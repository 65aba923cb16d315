import KinGraphCore

/// Writes an archive as GEXF 1.3 (https://gexf.net), Gephi's own format.
///
/// The same nodes, edges and attributes as `GraphMLExporter`, plus time: the graph
/// is `dynamic` with `timeformat="date"`, an event spans its earliest to latest day,
/// a person starts at their earliest birth day, an event's edge to its person spans
/// the event, and a link spans its cause's start to its effect's end, so Gephi's
/// timeline slider plays the events in the order they happened.
///
///     let xml = GEXFExporter().export(archive)
public struct GEXFExporter: Sendable {
    public init() {}

    /// The GEXF document for `archive`, byte-identical for the same archive.
    /// - Complexity: O(records + total sources).
    public func export(_ archive: Archive) -> String {
        let graph = ExchangeGraph(archive)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>KinGraph</creator>

            """
        if let title = graph.title {
            out += "    <description>\(XMLText.escape(title))</description>\n"
        }
        out += "  </meta>\n"
        out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
        out += attributes(ExchangeGraph.Attribute.nodeAttributes, domain: "node")
        out += attributes(ExchangeGraph.Attribute.edgeAttributes, domain: "edge")
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\">\n"
            out += body(node.values, start: node.start, end: node.end)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in graph.edges {
            out += "      <edge id=\"\(XMLText.escape(edge.id))\" source=\"\(XMLText.escape(edge.source))\""
            out += " target=\"\(XMLText.escape(edge.target))\">\n"
            out += body(edge.values, start: edge.start, end: edge.end)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private func attributes(_ list: [ExchangeGraph.Attribute], domain: String) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for attribute in list {
            let type = attribute.isBoolean ? "boolean" : "string"
            out += "      <attribute id=\"\(attribute.rawValue)\" title=\"\(attribute.rawValue)\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private func body(_ values: [(ExchangeGraph.Attribute, String)], start: Day?, end: Day?) -> String {
        var out = "        <attvalues>\n"
        for (attribute, value) in values {
            out += "          <attvalue for=\"\(attribute.rawValue)\" value=\"\(XMLText.escape(value))\"/>\n"
        }
        out += "        </attvalues>\n"
        if start != nil || end != nil {
            var spell = "<spell"
            if let start { spell += " start=\"\(start)\"" }
            if let end { spell += " end=\"\(end)\"" }
            out += "        <spells>\n          \(spell)/>\n        </spells>\n"
        }
        return out
    }
}
