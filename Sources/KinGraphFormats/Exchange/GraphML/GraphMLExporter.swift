import KinGraphCore

/// Writes an archive as GraphML (http://graphml.graphdrawing.org/), the format
/// Gephi, Cytoscape, yEd and networkx read.
///
/// Every attribute is declared as a typed `<key>` (`string` or `boolean`) before
/// the graph; people and events are nodes, ties, links and event-to-person joins are
/// directed edges (see `ExchangeGraph`). The sources travel as a JSON array in the
/// graph's `sources` attribute, so `GraphMLImporter` reads the archive back whole.
///
///     let xml = GraphMLExporter().export(archive)
public struct GraphMLExporter: Sendable {
    public init() {}

    /// The GraphML document for `archive`, byte-identical for the same archive.
    /// - Complexity: O(records + total sources).
    public func export(_ archive: Archive) -> String {
        let graph = ExchangeGraph(archive)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g_format\" for=\"graph\" attr.name=\"format\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g_sources\" for=\"graph\" attr.name=\"sources\" attr.type=\"string\"/>\n"
        for attribute in ExchangeGraph.Attribute.nodeAttributes {
            out += key(attribute, domain: "node", prefix: "n_")
        }
        for attribute in ExchangeGraph.Attribute.edgeAttributes {
            out += key(attribute, domain: "edge", prefix: "e_")
        }
        out += "  <graph id=\"kingraph\" edgedefault=\"directed\">\n"
        out += "    <data key=\"g_format\">\(Archive.formatTag)</data>\n"
        if let title = graph.title {
            out += "    <data key=\"g_title\">\(XMLText.escape(title))</data>\n"
        }
        out += "    <data key=\"g_sources\">\(XMLText.escape(Self.sourcesJSON(archive.sources)))</data>\n"
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(node.id))\">\n"
            out += data(node.values, prefix: "n_", indent: "      ")
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge id=\"\(XMLText.escape(edge.id))\" source=\"\(XMLText.escape(edge.source))\""
            out += " target=\"\(XMLText.escape(edge.target))\">\n"
            out += data(edge.values, prefix: "e_", indent: "      ")
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The archive's sources as a JSON array (`id`, `kind`, `date`, `title`): GraphML
    /// has no place for records that are not nodes, and an import needs them back.
    static func sourcesJSON(_ sources: [Source]) -> String {
        let items = sources.map { source -> String in
            var fields = ["\"id\":" + FtMEntity.quote(source.id), "\"kind\":" + FtMEntity.quote(source.kind.rawValue)]
            if let date = source.date { fields.append("\"date\":" + FtMEntity.quote(date.text)) }
            if let title = source.title { fields.append("\"title\":" + FtMEntity.quote(title)) }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    private func key(_ attribute: ExchangeGraph.Attribute, domain: String, prefix: String) -> String {
        let type = attribute.isBoolean ? "boolean" : "string"
        return "  <key id=\"\(prefix)\(attribute.rawValue)\" for=\"\(domain)\" attr.name=\"\(attribute.rawValue)\" attr.type=\"\(type)\"/>\n"
    }

    private func data(_ values: [(ExchangeGraph.Attribute, String)], prefix: String, indent: String) -> String {
        var out = ""
        for (attribute, value) in values {
            out += "\(indent)<data key=\"\(prefix)\(attribute.rawValue)\">\(XMLText.escape(value))</data>\n"
        }
        return out
    }
}
