import Foundation
import Hummingbird
import KinGraphCore

/// Everything the explorer's routes share: the archive (reloaded on change), the
/// query answers for the API, the diagram service and the access token.
public final class Explorer: Sendable {
    public struct Settings: Sendable {
        public var token: String
        public var render: RenderPool.Settings
        /// Bytes of rendered diagrams kept.
        public var cacheBytes: Int
        /// Requests a second across all clients (0: no limit).
        public var rateLimit: Int

        public init(token: String, render: RenderPool.Settings, cacheBytes: Int = 64 << 20, rateLimit: Int = 20_000) {
            self.token = token
            self.render = render
            self.cacheBytes = cacheBytes
            self.rateLimit = rateLimit
        }
    }

    public let archive: ExplorerArchive
    let queries: any ExplorerQueries
    let diagrams: DiagramService
    let settings: Settings

    public init(archive: ExplorerArchive, queries: any ExplorerQueries, settings: Settings) {
        self.archive = archive
        self.queries = queries
        self.settings = settings
        diagrams = DiagramService(pool: RenderPool(settings: settings.render), cacheBytes: settings.cacheBytes)
    }

    /// The render helpers (for tests and shutdown).
    public var renderPool: RenderPool { diagrams.pool }

    /// A fresh random access token: 32 hex digits from the system's generator.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt32
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    /// The router: guard, then token check, then the pages, the API and the assets.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(GuardMiddleware(limiter: RateLimiter(perSecond: settings.rateLimit)))
        router.middlewares.add(AuthMiddleware(token: settings.token))
        addPages(to: router)
        addAPI(to: router)
        router.get("/static/explorer.css") { _, _ in Reply.bytes(Array(Assets.css.utf8), contentType: "text/css; charset=utf-8") }
        router.get("/static/explorer.js") { _, _ in
            Reply.bytes(Array(Assets.js.utf8), contentType: "text/javascript; charset=utf-8")
        }
        return router
    }

    /// The frame for pages from `snapshot`.
    func layout(_ snapshot: ArchiveSnapshot) -> PageLayout {
        PageLayout(archiveTitle: snapshot.title, revealProtected: snapshot.revealProtected, problem: archive.problem)
    }
}
