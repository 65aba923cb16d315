import Foundation
import Hummingbird
import Logging

/// Runs the explorer: binds `host:port`, says where (with the token) through
/// `announce` once listening, and checks the archive (each signed-in user's, on a
/// team archive) for changes every second.
public struct ExplorerServer: Sendable {
    public let explorer: Explorer
    public var host: String
    public var port: Int

    public init(explorer: Explorer, host: String, port: Int) {
        self.explorer = explorer
        self.host = host
        self.port = port
    }

    /// Serves until the process is interrupted. `announce` gets the address the
    /// server listens on (the real port when `port` is 0).
    public func run(announce: @escaping @Sendable (String, Int) -> Void) async throws {
        var logger = Logger(label: "kingraph-serve")
        logger.logLevel = .warning
        let app = Application(
            router: explorer.router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "KinGraph"),
            onServerRunning: { channel in
                announce(host, channel.localAddress?.port ?? port)
            },
            logger: logger)
        let explorer = self.explorer
        let watcher = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                explorer.reloadIfChanged()
            }
        }
        defer { watcher.cancel() }
        try await app.runService()
        await explorer.renderPool.shutDown()
    }
}
