import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphCore
import Testing

@testable import KinGraphCLI
@testable import KinGraphServer

/// An explorer over an archive written to a temporary file, with the real render
/// helpers (the built kingraph binary) and the CLI's own query answers.
struct ExplorerHarness {
    let folder: String
    let path: String
    let explorer: Explorer
    let token = Explorer.newToken()

    /// The repository's root (for graphs/sample.json and docs/).
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The kingraph binary next to the test bundle, or under .build/debug.
    static var binary: String {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().path + "/kingraph",
            Bundle.main.bundleURL.path + "/kingraph",
            root + "/.build/debug/kingraph",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }

    /// An explorer over `json` (written to a fresh folder), or over the file at `existing`.
    init(
        json: String? = nil, existing: String? = nil, reveal: Bool = false, rendersPerHelper: Int = 100,
        timeout: Double = 30, rateLimit: Int = 0, cacheBytes: Int = 8 << 20
    ) throws {
        folder = FileManager.default.temporaryDirectory.path + "/kingraph-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let existing {
            path = existing
        } else {
            path = folder + "/archive.json"
            try Data((json ?? "").utf8).write(to: URL(fileURLWithPath: path))
        }
        let archive = try ExplorerArchive(
            path: path, revealProtected: reveal, loader: ExplorerArchive.standardLoader(limits: .standard))
        let render = RenderPool.Settings(
            command: [Self.binary, "render-worker"], size: 2, rendersPerHelper: rendersPerHelper, timeout: timeout)
        explorer = Explorer(
            archive: archive, queries: ServeQueries(archivePath: path),
            settings: Explorer.Settings(token: token, render: render, cacheBytes: cacheBytes, rateLimit: rateLimit))
    }

    /// The sample archive of the repository.
    static func sample(reveal: Bool = false) throws -> ExplorerHarness {
        try ExplorerHarness(existing: root + "/graphs/sample.json", reveal: reveal)
    }

    var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }

    /// Runs `body` with a client for the explorer's router (no network).
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: explorer.router())
        try await app.test(.router) { client in try await body(client) }
        await explorer.renderPool.shutDown()
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var bytes: [UInt8] { Array(buffer: body) }
}

/// `text` percent-encoded for a query string.
func q(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
}
