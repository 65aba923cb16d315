import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphPostgres
import KinGraphServer
import KinGraphStore

/// `kingraph serve`: the explorer, a local web application over the archive.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explore the archive in a browser: search, people, diagrams, downloads, and a JSON API.",
        discussion: """
            Prints an address with a fresh access token; open it in a browser on this \
            machine. Every request without the token (a cookie after the first visit, or \
            Authorization: Bearer TOKEN) gets 401. Listens on 127.0.0.1 unless --host says \
            otherwise. Protected people appear by pseudonym, as in anything published, \
            unless --reveal-protected. The archive is loaded again when its files change.

            On a team archive (postgres://USER@HOST[:PORT]/DATABASE) each user then signs in \
            with their own PostgreSQL user and password and sees what their role reads; the \
            server keeps no connection of its own (docs/TEAM.md).

            Example:
              kingraph serve --archive graphs/sample.json
              kingraph serve --archive postgres://kg_owner@db.example.org/kingraph
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 8080

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on (default 127.0.0.1; anything else lets other machines connect).",
            valueName: "address"))
    var host: String?

    @Flag(
        name: .customLong("reveal-protected"),
        help: "Show protected people in full to whoever holds the token (internal use only).")
    var revealProtected = false

    @Option(name: .long, help: ArgumentHelp("Render helper processes (Graphviz runs in them).", valueName: "n"))
    var renderers = 2

    @Option(name: .long, help: ArgumentHelp("Renders before a helper is replaced.", valueName: "n"))
    var rendersPerHelper = 100

    @Option(name: .long, help: ArgumentHelp("Seconds one diagram may take to draw.", valueName: "seconds"))
    var renderTimeout = 30.0

    @Option(name: .long, help: ArgumentHelp("Requests a second the server accepts (0: no limit).", valueName: "n"))
    var rateLimit = 20_000

    @Option(name: .long, help: ArgumentHelp("Megabytes of drawn diagrams kept in memory.", valueName: "mb"))
    var cacheMb = 64

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535 (got \(port))") }
        guard renderers >= 1 else { throw ValidationError("--renderers must be 1 or more") }
        guard rendersPerHelper >= 1 else { throw ValidationError("--renders-per-helper must be 1 or more") }
        guard renderTimeout > 0 else { throw ValidationError("--render-timeout must be more than 0") }
        guard rateLimit >= 0, cacheMb >= 0 else { throw ValidationError("--rate-limit and --cache-mb cannot be negative") }
    }

    func run() async throws {
        let path = try archiveOptions.requirePath()
        if ArchiveEngines.isPostgres(path) { return try await serveTeam(path) }
        let loaded = try archiveOptions.loadArchive()
        let limits = try ReadLimits.fromEnvironment()
        let archive = try ExplorerArchive(
            path: path, revealProtected: revealProtected, initial: loaded.archive,
            loader: { path throws in
                // Any form --archive takes, as every other command loads it.
                do throws(ArchiveLoadError) {
                    return try ArchiveEngines.load(from: path, limits: limits).archive
                } catch {
                    throw ExplorerLoadError(message: error.description)
                }
            })
        let settings = self.settings()
        let explorer = Explorer(archive: archive, queries: ServeQueries(archivePath: path), settings: settings)
        try await serve(explorer, what: "\(loaded.archive.people.count) people")
    }

    /// The explorer on a team archive: each user signs in as their own role. The
    /// server checks the archive at start only when the URL's user has a password
    /// here (PGPASSWORD or ~/.pgpass), and keeps no connection of its own either way.
    private func serveTeam(_ path: String) async throws {
        let url = try PostgresURL(path)
        if url.password() != nil { _ = try ArchiveEngines.open(path) }
        let place = "postgres://\(url.host):\(url.port)/\(url.database)"
        let team = TeamArchive(place: place, revealProtected: revealProtected, signIn: Self.teamSignIn(path))
        let explorer = Explorer(team: team, queries: ServeQueries(archivePath: path), settings: settings())
        try await serve(explorer, what: "the team archive \(place) (each user signs in as their own PostgreSQL role)")
    }

    private func settings() -> Explorer.Settings {
        Explorer.Settings(
            token: Explorer.newToken(),
            render: RenderPool.Settings(
                command: [Serve.executablePath(), "render-worker"], size: renderers, rendersPerHelper: rendersPerHelper,
                timeout: renderTimeout),
            cacheBytes: cacheMb << 20, rateLimit: rateLimit)
    }

    private func serve(_ explorer: Explorer, what: String) async throws {
        let address = host ?? "127.0.0.1"
        if !["127.0.0.1", "::1", "localhost"].contains(address) {
            printError(
                "warning: listening on \(address): other machines can reach the explorer; anyone with the token "
                    + (explorer.team == nil ? "sees the archive" : "reaches the sign-in form"))
        }
        let reveal = revealProtected, token = explorer.settings.token
        let server = ExplorerServer(explorer: explorer, host: address, port: port)
        try await server.run { host, port in
            let shown = host.contains(":") ? "[\(host)]" : host
            let text = "KinGraph explorer on \(what), protected people "
                + (reveal ? "SHOWN IN FULL (internal use only)" : "by pseudonym")
                + (explorer.team == nil || !reveal ? "" : " to the roles that read them (a viewer never does)") + "\n"
                + "Open in a browser: http://\(shown):\(port)/?token=\(token)\nPress Ctrl-C to stop.\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Signs an explorer user in to the team archive at `path`: connects as them with
    /// their password and makes sure their role may read it.
    static func teamSignIn(_ path: String) -> TeamSignIn {
        { user, password throws(SignInRefusal) in
            let store: PostgresStore, role: ArchiveRole?
            do throws(StoreError) {
                store = try ArchiveEngines.open(path, user: user, password: password)
                role = try store.role()
            } catch {
                // The store's message, less its advice for the command line (PGPASSWORD means nothing on a form).
                let message = error.reasonOnly.replacingOccurrences(
                    of: "(set PGPASSWORD or ~/.pgpass; ask the archive's admin)", with: "(or there is no such user)")
                throw SignInRefusal(message: message, forbidden: message.contains("has no right"))
            }
            guard role != nil else {
                throw SignInRefusal(message: "'\(user)' has no KinGraph role in this archive: ask an admin", forbidden: true)
            }
            return TeamStoreConnection(store: store, user: user)
        }
    }

    /// This binary, for the render helpers.
    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}

/// `kingraph render-worker`: a render helper of `kingraph serve` (not for use by hand).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker", abstract: "A render helper of kingraph serve.", shouldDisplay: false)

    func run() throws {
        let status = RenderWorker.run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// A signed-in explorer user's own connection to the team archive.
final class TeamStoreConnection: TeamConnection, @unchecked Sendable {
    private let store: PostgresStore
    private let user: String

    init(store: PostgresStore, user: String) {
        self.store = store
        self.user = user
    }

    func check() throws(ExplorerLoadError) -> TeamCheck {
        let role: ArchiveRole?, revision: String
        do throws(StoreError) {
            role = try store.role()
            revision = try store.revision()
        } catch {
            throw ExplorerLoadError(message: error.reasonOnly)
        }
        guard let role else { throw ExplorerLoadError(message: "'\(user)' has no KinGraph role in this archive any more") }
        return TeamCheck(revision: revision, role: role.rawValue)
    }

    func load() throws(ExplorerLoadError) -> Archive {
        do throws(StoreError) {
            return try store.load().archive
        } catch {
            throw ExplorerLoadError(message: error.reasonOnly)
        }
    }
}
