import Foundation
import KinGraphCore
import KinGraphRender

/// The diagram page: controls (depth, family only, view, layout, min confidence),
/// the answer drawn as inline SVG whose person nodes open their pages, and downloads
/// as SVG, PDF, PNG and DOT.
struct DiagramPage {
    let request: DiagramRequest
    let graph: ArchiveGraph

    func render(_ drawn: Result<DrawnDiagram, ExplorerFailure>) -> (title: String, body: String) {
        let parts = PageParts(graph: graph)
        let who = graph.personIndex(request.person).map { graph.person($0).name } ?? request.person
        let title: String
        switch request.question {
        case .becauseOf: title = "Punished because of \(who)"
        case .implicated: title = "Relatives implicated by \(who)'s escape"
        case .neighbors: title = "Around \(who)"
        case .timeline: title = "What happened to \(who)"
        case .path: title = "From \(who) to \(request.to.flatMap { graph.personIndex($0).map { graph.person($0).name } } ?? request.to ?? "")"
        }
        var body = "<h1>\(HTML.text(title))</h1>"
        if graph.personIndex(request.person) != nil { body += "<p>Back to " + parts.person(request.person) + "</p>" }
        body += controls()
        body += DiagramPage.figure(drawn, request: request)
        return (title, body)
    }

    private func controls() -> String {
        var out = "<form class=\"controls\" id=\"diagram-controls\" method=\"get\" action=\"/diagram\">"
        out += "<input type=\"hidden\" name=\"question\" value=\"\(request.question.rawValue)\">"
        if request.question == .path {
            out += "<input type=\"hidden\" name=\"from\" value=\"\(HTML.attribute(request.person))\">"
            out += "<input type=\"hidden\" name=\"to\" value=\"\(HTML.attribute(request.to ?? ""))\">"
        } else {
            out += "<input type=\"hidden\" name=\"person\" value=\"\(HTML.attribute(request.person))\">"
        }
        out += "<label>Depth<input type=\"number\" name=\"depth\" min=\"1\" max=\"6\" value=\"\(request.depth)\"></label>"
        out += "<label>Family only<input type=\"checkbox\" name=\"family-only\" value=\"1\"\(request.familyOnly ? " checked" : "")></label>"
        out += Self.select("view", DiagramView.allCases.map(\.rawValue), request.view.rawValue, label: "View")
        out += Self.select("layout", LayoutEngine.allCases.map(\.rawValue), request.layout.rawValue, label: "Layout")
        out += StatsPage.confidencePicker(request.level)
        return out + "<button type=\"submit\">Draw</button></form>"
    }

    private static func select(_ name: String, _ options: [String], _ chosen: String, label: String) -> String {
        var out = "<label>\(label)<select name=\"\(name)\">"
        for option in options {
            out += "<option value=\"\(option)\"\(option == chosen ? " selected" : "")>\(option)</option>"
        }
        return out + "</select></label>"
    }

    /// The drawn diagram inline with its download links, or the error in its place.
    static func figure(_ drawn: Result<DrawnDiagram, ExplorerFailure>, request: DiagramRequest) -> String {
        switch drawn {
        case .failure(let failure):
            return "<p class=\"error\" id=\"diagram-error\">\(HTML.text(failure.description))</p>"
        case .success(let drawn):
            let people = String(decoding: (try? JSONEncoder().encode(drawn.people)) ?? Data("[]".utf8), as: UTF8.self)
            var out = "<p class=\"downloads\">Download: "
            for format in OutputFormat.allCases {
                let href = HTML.link("/diagram/download", request.parameters([("format", format.rawValue)]))
                out += "<a id=\"download-\(format.rawValue)\" href=\"\(href)\" download>\(format.rawValue.uppercased())</a>"
            }
            out += "</p><p class=\"muted\" id=\"node-count\" data-nodes=\"\(drawn.nodes)\">\(drawn.nodes) "
            out += drawn.nodes == 1 ? "node" : "nodes"
            out += "; click a person to open their page.</p>"
            out += "<div class=\"diagram\" id=\"diagram\" data-nodes=\"\(drawn.nodes)\" data-people=\"\(HTML.attribute(people))\">"
            out += inlineSVG(drawn.bytes) + "</div>"
            return out
        }
    }

    /// Graphviz's SVG without its XML prolog, doctype and comments, to sit in the page.
    static func inlineSVG(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        while let open = text.range(of: "<!--"), let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text
    }

    /// A file name for a download: the question and the person, letters and digits only.
    static func fileName(_ request: DiagramRequest, format: OutputFormat) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        let who = String([request.person, request.to].compactMap { $0 }.joined(separator: "-").filter { allowed.contains($0) }.prefix(60))
        return "kingraph-\(request.question.rawValue)\(who.isEmpty ? "" : "-" + who).\(format.rawValue)"
    }
}
