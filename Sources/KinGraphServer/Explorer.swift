import Foundation
import Hummingbird
import KinGraphCore

/// Everything the explorer's routes share: the archive (reloaded on change) or, on a
/// team archive, each signed-in user's own; the query answers for the API, the
/// diagram service and the access token.
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

    /// Where the snapshots come from: one archive for everyone, or one per user.
    enum Source: Sendable {
        case file(ExplorerArchive)
        case team(TeamArchive)
    }

    let source: Source
    let queries: any ExplorerQueries
    let diagrams: DiagramService
    public let settings: Settings

    /// An explorer over `archive`, the same for whoever holds the token.
    public convenience init(archive: ExplorerArchive, queries: any ExplorerQueries, settings: Settings) {
        self.init(source: .file(archive), queries: queries, settings: settings)
    }

    /// An explorer over a team archive: each user signs in as their own database role.
    public convenience init(team: TeamArchive, queries: any ExplorerQueries, settings: Settings) {
        self.init(source: .team(team), queries: queries, settings: settings)
    }

    private init(source: Source, queries: any ExplorerQueries, settings: Settings) {
        self.source = source
        self.queries = queries
        self.settings = settings
        diagrams = DiagramService(pool: RenderPool(settings: settings.render), cacheBytes: settings.cacheBytes)
    }

    /// The archive of an explorer made with `init(archive:…)` (a team archive has no
    /// one archive: see `team`).
    public var archive: ExplorerArchive {
        guard case .file(let archive) = source else { preconditionFailure("a team archive has one snapshot per user") }
        return archive
    }

    /// The team archive, when the explorer serves one.
    public var team: TeamArchive? {
        guard case .team(let team) = source else { return nil }
        return team
    }

    /// The snapshot a request is answered from: the archive's, or on a team archive
    /// the signed-in user's (an empty one outside a session, which no route reaches).
    func snapshot() -> ArchiveSnapshot {
        switch source {
        case .file(let archive): return archive.snapshot
        case .team(let team): return SignedIn.current?.user.snapshot ?? team.nobody
        }
    }

    /// Checks the archive (or each user's) for a change; blocking, called every second.
    public func reloadIfChanged() {
        switch source {
        case .file(let archive): archive.reloadIfChanged()
        case .team(let team): team.reloadIfChanged()
        }
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
        let team = self.team
        router.middlewares.add(
            GuardMiddleware(limiter: RateLimiter(perSecond: settings.rateLimit), posts: team == nil ? [] : ["/sign-in"]))
        router.middlewares.add(AuthMiddleware(token: settings.token))
        if let team {
            router.middlewares.add(SignInMiddleware(team: team, cookieName: sessionCookie))
            addSignIn(to: router, team: team)
        }
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
        let user = SignedIn.current?.user
        let problem: String?
        switch source {
        case .file(let archive): problem = archive.problem
        case .team: problem = user?.problem
        }
        return PageLayout(
            archiveTitle: snapshot.title, revealProtected: snapshot.revealProtected, problem: problem,
            signedIn: user.map { ($0.name, $0.role) })
    }
}
