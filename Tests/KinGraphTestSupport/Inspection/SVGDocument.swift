import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG from Graphviz, parsed as XML: its node, edge and cluster groups by title,
/// its text, and every attribute value. Parsing fails on XML that is not well formed.
public struct SVGDocument: Sendable {
    public struct ParseFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Titles of `<g class="node">` groups, in document order.
    public private(set) var nodeTitles: [String] = []
    /// Titles of `<g class="edge">` groups ("tail->head").
    public private(set) var edgeTitles: [String] = []
    /// Titles of `<g class="cluster">` groups.
    public private(set) var clusterTitles: [String] = []
    /// Every text run of every `<text>` element, in document order.
    public private(set) var texts: [String] = []
    /// The texts inside each node, edge or cluster group, by the group's title.
    public private(set) var textsByGroup: [String: [String]] = [:]
    /// Every element name used.
    public private(set) var elements: Set<String> = []
    /// Every attribute value, with its element and attribute name.
    public private(set) var attributes: [(element: String, name: String, value: String)] = []

    public init(_ bytes: [UInt8]) throws {
        let parser = XMLParser(data: Data(bytes))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw ParseFailure(description: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        nodeTitles = collector.titles(of: "node")
        edgeTitles = collector.titles(of: "edge")
        clusterTitles = collector.titles(of: "cluster")
        texts = collector.texts
        textsByGroup = collector.textsByGroup
        elements = collector.elements
        attributes = collector.attributes
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var stack: [(name: String, className: String?)] = []
        var groupTitles: [(className: String, title: String)] = []
        var texts: [String] = []
        var textsByGroup: [String: [String]] = [:]
        /// Title of the innermost node, edge or cluster group, once read.
        var groupStack: [String?] = []
        var elements: Set<String> = []
        var attributes: [(element: String, name: String, value: String)] = []
        private var buffer = ""

        func titles(of className: String) -> [String] {
            groupTitles.filter { $0.className == className }.map(\.title)
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            elements.insert(name)
            for (key, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
                attributes.append((name, key, value))
            }
            stack.append((name, attributeDict["class"]))
            if name == "g", ["node", "edge", "cluster"].contains(attributeDict["class"] ?? "") {
                groupStack.append(nil)
            }
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let closed = stack.removeLast()
            if name == "text" {
                texts.append(buffer)
                if let title = groupStack.last ?? nil { textsByGroup[title, default: []].append(buffer) }
            }
            if name == "title", let parent = stack.last, parent.name == "g", let className = parent.className {
                groupTitles.append((className, buffer))
                if !groupStack.isEmpty { groupStack[groupStack.count - 1] = buffer }
            }
            if name == "g", ["node", "edge", "cluster"].contains(closed.className ?? "") { groupStack.removeLast() }
            buffer = ""
        }
    }
}
