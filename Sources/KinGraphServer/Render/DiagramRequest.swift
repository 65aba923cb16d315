import KinGraphCore
import KinGraphRender

/// A diagram asked for in the query string: the question, its people, and how to
/// draw it. Also what the cache keys rendered diagrams by.
struct DiagramRequest: Sendable {
    enum Question: String, CaseIterable, Sendable {
        case becauseOf = "because-of", implicated, neighbors, timeline, path
    }

    var question: Question
    /// The person asked about (the path's start).
    var person: String
    /// The path's end.
    var to: String?
    var depth: Int
    var familyOnly: Bool
    var view: DiagramView
    var layout: LayoutEngine
    var level: Confidence

    init(_ query: QueryParameters) throws(ExplorerFailure) {
        question = try query.choice("question", default: .becauseOf)
        person = try query.required(question == .path ? "from" : "person")
        to = question == .path ? try query.required("to") : nil
        depth = try query.int("depth", in: 1...6, default: question == .implicated ? ImplicatedResult.defaultDepth : NeighborsResult.defaultDepth)
        familyOnly = query.flag("family-only")
        view = try query.choice("view", default: .people)
        layout = try query.choice("layout", default: .dot)
        level = try query.confidence()
    }

    /// The cache key for this diagram as `format` from the snapshot keyed `snapshot`
    /// (`ArchiveSnapshot.cacheKey`: which snapshot, whose).
    func key(snapshot: String, format: OutputFormat) -> String {
        [snapshot, question.rawValue, person, to ?? "", String(depth), familyOnly ? "f" : "", view.rawValue,
         layout.rawValue, level.rawValue, format.rawValue].joined(separator: "\u{1F}")
    }

    /// The query string that asks for this diagram again (with `extra` added).
    func parameters(_ extra: [(String, String)] = []) -> [(String, String)] {
        var out: [(String, String)] = [("question", question.rawValue)]
        if question == .path {
            out += [("from", person), ("to", to ?? "")]
        } else {
            out.append(("person", person))
        }
        out += [("depth", String(depth)), ("view", view.rawValue), ("layout", layout.rawValue),
                ("min-confidence", level.rawValue)]
        if familyOnly { out.append(("family-only", "1")) }
        return out + extra
    }

    /// Runs the question on `graph` and draws the answer with `diagrams`.
    func diagram(_ graph: ArchiveGraph, _ diagrams: QueryDiagrams, scratch: inout GraphScratch) throws(ExplorerFailure) -> Diagram {
        let p = try Self.resolve(person, in: graph)
        let b = question == .path ? try Self.resolve(to ?? "", in: graph) : p
        do throws(QueryError) {
            switch question {
            case .becauseOf:
                return diagrams.becauseOf(graph.becauseOf(person: p, minConfidence: level, scratch: &scratch), view: view)
            case .implicated:
                let result = try graph.implicated(person: p, depth: depth, minConfidence: level, scratch: &scratch)
                return diagrams.implicated(result, view: view)
            case .neighbors:
                let result = try graph.neighbors(
                    person: p, depth: depth, familyOnly: familyOnly, minConfidence: level, scratch: &scratch)
                return diagrams.neighbors(result, view: view)
            case .timeline:
                return diagrams.timeline(graph.timeline(person: p, minConfidence: level, scratch: &scratch), view: view)
            case .path:
                let result = graph.path(from: p, to: b, familyOnly: familyOnly, minConfidence: level, scratch: &scratch)
                return diagrams.path(result, view: view)
            }
        } catch {
            throw .badRequest(error.description)
        }
    }

    /// The person `text` names in `graph` (the graph as shown: a protected person
    /// only by pseudonym): an id, else a name as `find` matches it.
    static func resolve(_ text: String, in graph: ArchiveGraph) throws(ExplorerFailure) -> Int32 {
        if let p = graph.personIndex(text) { return p }
        do throws(QueryError) {
            return try graph.resolvePerson(text)
        } catch .unknownPerson(let name, let closest) {
            throw .notFound(QueryError.unknownPerson(name, closest: closest).description)
        } catch .unknownPersonID(let id) {
            throw .notFound(QueryError.unknownPersonID(id).description)
        } catch {
            throw .badRequest(error.description)
        }
    }
}

