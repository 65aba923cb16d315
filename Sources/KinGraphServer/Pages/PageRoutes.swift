import Hummingbird
import KinGraphCore
import KinGraphRender

extension Explorer {
    /// The HTML pages: search, person, diagram (and its downloads), path, stats.
    func addPages(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            self.page(request) { (query, snapshot) throws(ExplorerFailure) in
                ("Search", SearchPage(graph: snapshot.graph).render(query: query["q"]))
            }
        }
        router.get("/person") { request, _ in
            self.page(request) { (query, snapshot) throws(ExplorerFailure) in
                let p = try DiagramRequest.resolve(try query.required("id"), in: snapshot.graph)
                let level = try query.confidence()
                return snapshot.withScratch { PersonPage(graph: snapshot.graph, person: p, level: level).render(scratch: &$0) }
            }
        }
        router.get("/stats") { request, _ in
            self.page(request) { (query, snapshot) throws(ExplorerFailure) in
                let level = try query.confidence()
                return ("Stats", StatsPage(result: snapshot.graph.stats(minConfidence: level)).render(level: level))
            }
        }
        router.get("/diagram") { request, _ in
            let snapshot = self.snapshot()
            let layout = self.layout(snapshot)
            do throws(ExplorerFailure) {
                let asked = try DiagramRequest(try QueryParameters(request.uri.query))
                _ = try DiagramRequest.resolve(asked.person, in: snapshot.graph)
                let drawn: Result<DrawnDiagram, ExplorerFailure>
                do throws(ExplorerFailure) {
                    drawn = .success(try await self.diagrams.draw(asked, format: .svg, from: snapshot))
                } catch {
                    drawn = .failure(error)
                }
                let (title, body) = DiagramPage(request: asked, graph: snapshot.graph).render(drawn)
                return Reply.html(layout.page(title: title, body: body))
            } catch {
                return Reply.html(layout.errorPage(error), status: error.status)
            }
        }
        router.get("/diagram/download") { request, _ in
            let snapshot = self.snapshot()
            do throws(ExplorerFailure) {
                let query = try QueryParameters(request.uri.query)
                let asked = try DiagramRequest(query)
                let format: OutputFormat = try query.choice("format", default: .svg)
                let drawn = try await self.diagrams.draw(asked, format: format, from: snapshot)
                let types: [OutputFormat: String] = [
                    .svg: "image/svg+xml", .pdf: "application/pdf", .png: "image/png", .dot: "text/vnd.graphviz; charset=utf-8",
                ]
                return Reply.bytes(
                    drawn.bytes, contentType: types[format] ?? "application/octet-stream",
                    fileName: DiagramPage.fileName(asked, format: format))
            } catch {
                return Reply.html(self.layout(snapshot).errorPage(error), status: error.status)
            }
        }
        router.get("/path") { request, _ in
            let snapshot = self.snapshot()
            let layout = self.layout(snapshot)
            do throws(ExplorerFailure) {
                let query = try QueryParameters(request.uri.query)
                let page = PathPage(graph: snapshot.graph)
                let from = query["from"], to = query["to"], family = query.flag("family-only")
                var answer: String?
                if let from, let to {
                    let a = try DiagramRequest.resolve(from, in: snapshot.graph)
                    let b = try DiagramRequest.resolve(to, in: snapshot.graph)
                    let result = snapshot.withScratch {
                        snapshot.graph.path(from: a, to: b, familyOnly: family, minConfidence: .hearsay, scratch: &$0)
                    }
                    var asked = try DiagramRequest(try QueryParameters("question=path"
                        + "&from=" + HTML.query(snapshot.graph.person(a).id) + "&to=" + HTML.query(snapshot.graph.person(b).id)))
                    asked.familyOnly = family
                    let drawn: Result<DrawnDiagram, ExplorerFailure>
                    do throws(ExplorerFailure) {
                        drawn = .success(try await self.diagrams.draw(asked, format: .svg, from: snapshot))
                    } catch {
                        drawn = .failure(error)
                    }
                    answer = page.steps(result) + DiagramPage.figure(drawn, request: asked)
                }
                let body = page.render(from: from, to: to, familyOnly: family, answer: answer)
                return Reply.html(layout.page(title: "Path", body: body))
            } catch {
                return Reply.html(layout.errorPage(error), status: error.status)
            }
        }
    }

    /// A page built synchronously from the current snapshot; a failure gives the
    /// error page with its status.
    private func page(
        _ request: Request, _ build: (QueryParameters, ArchiveSnapshot) throws(ExplorerFailure) -> (String, String)
    ) -> Response {
        let snapshot = self.snapshot()
        let layout = self.layout(snapshot)
        do throws(ExplorerFailure) {
            let (title, body) = try build(try QueryParameters(request.uri.query), snapshot)
            return Reply.html(layout.page(title: title, body: body))
        } catch {
            return Reply.html(layout.errorPage(error), status: error.status)
        }
    }
}
