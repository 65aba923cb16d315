import Hummingbird
import KinGraphCore

extension Explorer {
    /// The JSON API: each query's parameters turned into the CLI's own words and
    /// answered by the query commands (`ExplorerQueries`), so the shapes are exactly
    /// those of `--json`; and the OpenAPI document.
    func addAPI(to router: Router<BasicRequestContext>) {
        router.get("/api/openapi.json") { _, _ in Reply.json(PackageResources.openapi_json) }
        for name in APIQuery.names {
            router.get(RouterPath("/api/" + name)) { request, _ in
                let snapshot = self.snapshot()
                do throws(ExplorerFailure) {
                    let words = try APIQuery.words(name, try QueryParameters(request.uri.query))
                    let answer: Result<[UInt8], ExplorerFailure> = snapshot.withScratch { scratch in
                        do throws(ExplorerFailure) {
                            return .success(try self.queries.answer(name, words: words, graph: snapshot.graph, scratch: &scratch))
                        } catch {
                            return .failure(error)
                        }
                    }
                    return Reply.json(try answer.get())
                } catch {
                    return Reply.jsonError(error.description, status: error.status)
                }
            }
        }
    }
}

/// How API parameters become a query command's words: options first, then `--`, then
/// the people, so no value is ever read as an option. What is not given is left to
/// the command's own defaults.
enum APIQuery {
    static let names = ["because-of", "implicated", "path", "neighbors", "timeline", "stats", "find"]

    /// The words for `name` (without the command name).
    static func words(_ name: String, _ query: QueryParameters) throws(ExplorerFailure) -> [String] {
        var options: [String] = []
        var people: [String] = []
        if name != "find" { options += ["--min-confidence", (try query.confidence()).rawValue] }
        switch name {
        case "because-of", "timeline":
            people = [try query.required("person")]
        case "implicated":
            people = [try query.required("person")]
            if let depth = try query.int("depth", in: 1...50) { options += ["--depth", String(depth)] }
            if let event = query["event"] { options += ["--event", event] }
        case "neighbors":
            people = [try query.required("person")]
            if let depth = try query.int("depth", in: 1...50) { options += ["--depth", String(depth)] }
            if query.flag("family-only") { options.append("--family-only") }
        case "path":
            people = [try query.required("from"), try query.required("to")]
            if query.flag("family-only") { options.append("--family-only") }
        case "find":
            people = [try query.required("name")]
        default:
            break
        }
        if let event = options.firstIndex(of: "--event"), options[event + 1].hasPrefix("-") {
            throw .badRequest("'event' must be an event id")
        }
        return options + (people.isEmpty ? [] : ["--"] + people)
    }
}
