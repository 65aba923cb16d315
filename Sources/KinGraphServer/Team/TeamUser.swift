import Foundation
import KinGraphCore

/// One database user signed in to a team archive: their own connection and the
/// snapshot every session of theirs reads, loaded again when `check` says the
/// archive or their role changed.
final class TeamUser: Sendable {
    let name: String
    /// Used by one caller at a time (the lock is held while it talks to the server).
    private let connection: Locked<any TeamConnection>
    private let state: Locked<State>

    private struct State {
        var snapshot: ArchiveSnapshot
        var check: TeamCheck
        var problem: String?
    }

    /// Reads the archive through `connection` (blocking).
    init(name: String, connection: any TeamConnection, check: TeamCheck, revealProtected: Bool)
        throws(ExplorerLoadError)
    {
        self.name = name
        self.connection = Locked(connection)
        let snapshot = try Self.snapshot(connection, version: 1, owner: name, revealProtected: revealProtected)
        state = Locked(State(snapshot: snapshot, check: check, problem: nil))
    }

    private static func snapshot(_ connection: any TeamConnection, version: Int, owner: String, revealProtected: Bool)
        throws(ExplorerLoadError) -> ArchiveSnapshot
    {
        let archive = try connection.load()
        do {
            return try ArchiveSnapshot(archive: archive, version: version, revealProtected: revealProtected, owner: owner)
        } catch {
            throw ExplorerLoadError(message: "\(error)")
        }
    }

    var snapshot: ArchiveSnapshot { state.withLock { $0.snapshot } }
    var role: String { state.withLock { $0.check.role } }
    /// Why the archive could not be read again, while the older snapshot is shown.
    var problem: String? { state.withLock { $0.problem } }
    var check: TeamCheck { state.withLock { $0.check } }

    /// Asks the server whether anything changed and reads the archive again if so.
    ///
    /// - Throws: when the check itself fails (the connection is gone, or the role
    ///   may no longer read): the caller then ends this user's sessions.
    func reloadIfChanged() throws(ExplorerLoadError) {
        let now = try connection.withLock { (connection) throws(ExplorerLoadError) in try connection.check() }
        let (old, version, reveal) = state.withLock { ($0.check, $0.snapshot.version, $0.snapshot.revealProtected) }
        guard now != old else { return }
        do throws(ExplorerLoadError) {
            let snapshot = try connection.withLock { (connection) throws(ExplorerLoadError) in
                try Self.snapshot(connection, version: version + 1, owner: name, revealProtected: reveal)
            }
            state.withLock { $0 = State(snapshot: snapshot, check: now, problem: nil) }
        } catch {
            // A role that changed may read less now: nothing of the old snapshot stays.
            if now.role != old.role { throw error }
            let message = "the archive changed but could not be read again (showing the previous version): \(error)"
            state.withLock {
                $0.check = now
                $0.problem = message
            }
        }
    }
}
