/// Writes a diagram as DOT text: the same graph `GraphvizRenderer` builds through
/// cgraph, for `--diagram x.dot` and for people who edit diagrams by hand.
///
/// Pure Swift and deterministic: the same diagram gives the same bytes. Every name
/// and value is quoted and escaped, so no archive text can end a string early or
/// add statements.
///
///     let text = DOTEncoder().encode(diagram)   // "digraph \"kingraph\" {\n…"
public struct DOTEncoder: Sendable {
    public init() {}

    /// DOT text for `diagram`, ending with a newline.
    ///
    /// - Complexity: O(size of the diagram's text).
    public func encode(_ diagram: Diagram) -> String {
        encode(GraphSpec(diagram))
    }

    func encode(_ spec: GraphSpec) -> String {
        var out = "digraph \(quote(spec.name)) {\n"
        out += "\tnode \(list(spec.nodeDefaults));\n"
        out += "\tedge \(list(spec.edgeDefaults));\n"
        for cluster in spec.clusters {
            out += "\tsubgraph \(quote(cluster.name)) {\n"
            out += "\t\tgraph \(list(cluster.attributes));\n"
            for node in cluster.nodes { out += "\t\t\(quote(node.name)) \(list(node.attributes));\n" }
            out += "\t}\n"
        }
        for node in spec.nodes { out += "\t\(quote(node.name)) \(list(node.attributes));\n" }
        if !spec.sinkRank.isEmpty {
            out += "\tsubgraph \(quote(spec.internalPrefix + "sink")) {\n\t\tgraph [rank=\"sink\"];\n"
            for name in spec.sinkRank { out += "\t\t\(quote(name));\n" }
            out += "\t}\n"
        }
        for edge in spec.edges {
            out += "\t\(quote(edge.tail)) -> \(quote(edge.head))"
            out += edge.attributes.isEmpty ? ";\n" : " \(list(edge.attributes));\n"
        }
        // Root attributes last, as the renderer sets them: clusters must not inherit them.
        out += "\tgraph \(list(spec.graphAttributes));\n"
        out += "}\n"
        return out
    }

    private func list(_ attributes: [Attribute]) -> String {
        "[" + attributes.map { "\($0.name)=\($0.isHTML ? "<\($0.value)>" : quote($0.value))" }.joined(separator: ", ") + "]"
    }

    /// A DOT double-quoted string whose value is exactly `text`.
    ///
    /// DOT keeps backslashes as they are except before a quote, so a quote becomes
    /// `\"`; a backslash that would otherwise run into the closing quote or a quote is
    /// doubled (escaped values from `GraphvizText` never have one). Line breaks cannot
    /// occur: they are dropped before a value gets here, and are written as `\n`
    /// escapes if one does.
    func quote(_ text: String) -> String {
        var out = "\""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"": out += "\\\""
            case "\\":
                if let next = scalars.first, next != "\"", next != "\n", next != "\r" {
                    out += "\\"
                    out.unicodeScalars.append(next)
                    scalars.removeFirst()
                } else {
                    out += "\\\\"
                }
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
