import Foundation
import KinGraphCore
import KinGraphFormats

/// The archive the explorer serves: loaded from its path, and loaded again when its
/// files change on disk (`reloadIfChanged`). Pages always see a whole snapshot; a
/// change that does not load keeps the previous one and is reported on every page.
public final class ExplorerArchive: Sendable {
    /// How an archive at a path is read (JSON, CSV folder, or any form the reader knows).
    public typealias Loader = @Sendable (String) throws -> Archive

    public let path: String
    let revealProtected: Bool
    private let loader: Loader
    private let state: Locked<State>

    private struct State {
        var snapshot: ArchiveSnapshot
        var fingerprint: ArchiveFingerprint
        var problem: String?
    }

    /// The archive at `path`: `initial` when the caller loaded it already, else read
    /// with `loader` (which also reads every later version).
    public init(path: String, revealProtected: Bool, initial: Archive? = nil, loader: @escaping Loader) throws {
        self.path = path
        self.revealProtected = revealProtected
        self.loader = loader
        let fingerprint = ArchiveFingerprint.of(path)
        let snapshot = try ArchiveSnapshot(archive: initial ?? loader(path), version: 1, revealProtected: revealProtected)
        state = Locked(State(snapshot: snapshot, fingerprint: fingerprint, problem: nil))
    }

    /// Reads an archive the way every command does (`ArchiveReader`, limits from the
    /// environment), failing with the reader's message.
    public static func standardLoader(limits: ReadLimits) -> Loader {
        { path in try read(path, limits: limits) }
    }

    private static func read(_ path: String, limits: ReadLimits) throws(ExplorerLoadError) -> Archive {
        do throws(ArchiveLoadError) {
            return try ArchiveReader.load(from: path, limits: limits).archive
        } catch {
            throw ExplorerLoadError(message: error.description)
        }
    }

    /// The snapshot pages answer from now.
    public var snapshot: ArchiveSnapshot { state.withLock { $0.snapshot } }

    /// Why the archive on disk could not be loaded again, while an older version is shown.
    var problem: String? { state.withLock { $0.problem } }

    /// Loads the archive again when its files changed since the last load; `true`
    /// when a new snapshot replaced the old one.
    @discardableResult
    public func reloadIfChanged() -> Bool {
        let now = ArchiveFingerprint.of(path)
        let (old, version) = state.withLock { ($0.fingerprint, $0.snapshot.version) }
        guard now != old else { return false }
        do {
            let snapshot = try ArchiveSnapshot(archive: loader(path), version: version + 1, revealProtected: revealProtected)
            state.withLock { $0 = State(snapshot: snapshot, fingerprint: now, problem: nil) }
            return true
        } catch {
            let message = "the archive changed on disk but could not be loaded again (showing the previous version): \(error)"
            state.withLock {
                $0.fingerprint = now
                $0.problem = message
            }
            return false
        }
    }
}

/// The archive could not be read.
public struct ExplorerLoadError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
