import Foundation
import KinGraphCore
import KinGraphRender

/// Draws the diagrams pages and downloads ask for: the question answered on the
/// archive as shown, the answer drawn by the existing renderer's builders, encoded as
/// DOT here and laid out by a render helper; every result cached.
final class DiagramService: Sendable {
    let pool: RenderPool
    private let cache: DiagramCache
    private let limits = RenderLimits()

    init(pool: RenderPool, cacheBytes: Int) {
        self.pool = pool
        cache = DiagramCache(capacity: cacheBytes)
    }

    /// The diagram `request` asks for, as `format`, from `snapshot`.
    func draw(_ request: DiagramRequest, format: OutputFormat, from snapshot: ArchiveSnapshot) async throws(ExplorerFailure)
        -> DrawnDiagram
    {
        let key = request.key(snapshot: snapshot.cacheKey, format: format)
        if let hit = cache.get(key) { return hit }
        let diagrams = snapshot.diagrams(request.level)
        let built: Result<Diagram, ExplorerFailure> = snapshot.withScratch { scratch in
            do throws(ExplorerFailure) {
                return .success(try request.diagram(snapshot.graph, diagrams, scratch: &scratch))
            } catch {
                return .failure(error)
            }
        }
        let diagram = try built.get()
        let nodes = diagram.nodes.count, edges = diagram.edges.count
        let nodeLimit = limits.nodeLimit(for: request.layout), edgeLimit = nodeLimit * limits.edgesPerNode
        if format != .dot && (nodes > nodeLimit || edges > edgeLimit) {
            let refusal = RenderError.tooLarge(
                nodes: nodes, edges: edges, nodeLimit: nodeLimit, edgeLimit: edgeLimit, layout: request.layout)
            throw .renderFailed(refusal.description.replacingOccurrences(of: ", or pass --force to draw it anyway", with: ""))
        }
        let dot = DOTEncoder().encode(diagram)
        let bytes = format == .dot
            ? Array(dot.utf8) : try await pool.render(dot: dot, format: format.rawValue, layout: request.layout.rawValue)
        let people = diagram.nodes.map(\.id).filter { snapshot.graph.personIndex($0) != nil }
        let drawn = DrawnDiagram(bytes: bytes, nodes: nodes, people: people)
        cache.put(key, drawn)
        return drawn
    }
}
