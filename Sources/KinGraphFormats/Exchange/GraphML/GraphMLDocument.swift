import Foundation
import KinGraphCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A GraphML file as plain tables: graph attributes, nodes and edges with their
/// attribute values by name, and the line each was on.
struct GraphMLDocument {
    struct Element {
        var id: String
        var source = ""
        var target = ""
        var values: [String: String] = [:]
        var line: Int
    }

    var graph: [String: String] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []
    var notes: [ExchangeNote] = []

    /// Parses `data`; throws when it is not well-formed XML or not GraphML.
    init(_ data: Data, file: String) throws(ExchangeError) {
        // A stream, not `XMLParser(data:)`: given all the bytes at once, libxml2 on
        // Linux stops with an internal error on documents over 10 MB.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        let reader = Reader()
        parser.delegate = reader
        let ok = parser.parse()
        // On Linux `parse()` can return true after an error; the delegate hears of it.
        if !ok || reader.failure != nil || parser.parserError != nil {
            let line = reader.failure?.line ?? parser.lineNumber
            let why = reader.failure?.message ?? Self.explain(parser.parserError)
            throw ExchangeError(file: file, line: line, why)
        }
        guard reader.sawRoot else { throw ExchangeError(file: file, line: 1, "not GraphML: the root element must be <graphml>") }
        graph = reader.graph
        nodes = reader.nodes
        edges = reader.edges
        notes = reader.notes
    }

    /// A sentence for an XMLParser error.
    private static func explain(_ error: (any Error)?) -> String {
        let code = (error as NSError?)?.code ?? 0
        let what: String
        switch code {
        case 4: what = "the document is empty"
        case 5: what = "the file ends before the document does (is it truncated?)"
        case 9: what = "a character XML does not allow"
        case 76: what = "a closing tag does not match its opening tag"
        default: what = "XML parser error \(code)"
        }
        return "not well-formed XML: " + what
    }

    /// The SAX delegate that fills the tables.
    private final class Reader: NSObject, XMLParserDelegate {
        var keys: [String: String] = [:]
        var graph: [String: String] = [:]
        var nodes: [Element] = []
        var edges: [Element] = []
        var notes: [ExchangeNote] = []
        var failure: (line: Int, message: String)?
        var sawRoot = false
        private var depth = 0
        private var graphDepth = 0
        private var current: Element?
        private var currentIsNode = false
        private var dataKey: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            let line = parser.lineNumber
            switch name {
            case "graphml":
                sawRoot = true
            case "key":
                if let id = attributes["id"] { keys[id] = attributes["attr.name"] ?? id }
            case "graph":
                graphDepth += 1
                if graphDepth > 1 { notes.append(ExchangeNote(.warning, line: line, "a nested graph is read as part of the main graph")) }
            case "node":
                guard let id = attributes["id"] else { return fail(line, "<node> without an id") }
                current = Element(id: id, line: line)
                currentIsNode = true
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else { return fail(line, "<edge> without source and target") }
                current = Element(id: attributes["id"] ?? "", source: s, target: t, line: line)
                currentIsNode = false
            case "data":
                dataKey = attributes["key"]
                text = ""
            default:
                break
            }
            if !sawRoot { fail(line, "not GraphML: the root element must be <graphml>, not <\(name)>") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            switch name {
            case "data":
                guard let key = dataKey else { return }
                let attribute = keys[key] ?? key
                if current != nil { current?.values[attribute] = text } else { graph[attribute] = text }
                dataKey = nil
            case "node", "edge":
                guard let element = current else { return }
                if currentIsNode { nodes.append(element) } else { edges.append(element) }
                current = nil
            case "graph":
                graphDepth -= 1
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            fail(parser.lineNumber, Self.describe(parseError))
        }

        private static func describe(_ error: any Error) -> String {
            GraphMLDocument.explain(error)
        }

        private func fail(_ line: Int, _ message: String) {
            if failure == nil { failure = (line, message) }
        }
    }
}
