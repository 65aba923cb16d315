import Foundation
import KinGraphCore

/// A team archive the explorer serves to each user as their own database role: no
/// shared connection. Signing in connects as the user (`TeamSignIn`) and reads the
/// archive as that role; sessions (random ids in a cookie, held in memory) share
/// one snapshot per database user, read again when the archive or the role changes
/// (`reloadIfChanged`, every second) and dropped with the user's last session.
public final class TeamArchive: Sendable {
    /// Where the archive is, for the sign-in page (`postgres://host:port/db`, no user).
    public let place: String
    let revealProtected: Bool
    /// Seconds a session may go unused before it ends.
    let idleSeconds: Double
    private let connect: TeamSignIn
    private let state = Locked(State())
    /// An empty archive, for a route reached without a session (none is).
    let nobody: ArchiveSnapshot

    private struct State {
        var users: [String: TeamUser] = [:]
        /// Session id → the user's name and when it was last used.
        var sessions: [String: (user: String, used: Date)] = [:]
    }

    public init(place: String, revealProtected: Bool, idleSeconds: Double = 8 * 3600, signIn: @escaping TeamSignIn) {
        self.place = place
        self.revealProtected = revealProtected
        self.idleSeconds = idleSeconds
        connect = signIn
        nobody = ArchiveSnapshot(graph: .empty(), version: 0, revealProtected: false)
    }

    /// The user of session `id`, marking it used; `nil` for an unknown or idle one.
    func user(session id: String) -> TeamUser? {
        let now = Date()
        return state.withLock { state in
            guard let session = state.sessions[id] else { return nil }
            guard now.timeIntervalSince(session.used) < idleSeconds, let user = state.users[session.user] else {
                state.sessions[id] = nil
                return nil
            }
            state.sessions[id] = (session.user, now)
            return user
        }
    }

    /// Connects as `name` with `password` and reads the archive as that role (or
    /// takes the snapshot another session of the same user already has, when
    /// nothing changed); gives the new session's id.
    func signIn(_ name: String, password: String) async throws(SignInRefusal) -> String {
        guard !name.isEmpty, name.utf8.count <= 63, !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { throw SignInRefusal(message: "no such user: a user name has 1 to 63 bytes", forbidden: false) }
        guard !password.isEmpty else { throw SignInRefusal(message: "type the password of '\(name)'", forbidden: false) }
        let connect = self.connect, reveal = revealProtected
        let known = state.withLock { $0.users[name] }
        let result: Result<TeamUser, SignInRefusal> = await Self.offThread {
            do throws(SignInRefusal) {
                let connection = try connect(name, password)
                let check: TeamCheck
                do throws(ExplorerLoadError) {
                    check = try connection.check()
                    if let known, known.check == check { return .success(known) }
                    return .success(try TeamUser(name: name, connection: connection, check: check, revealProtected: reveal))
                } catch {
                    throw SignInRefusal(message: error.message, forbidden: true)
                }
            } catch {
                return .failure(error)
            }
        }
        let user: TeamUser
        switch result {
        case .success(let signedIn):
            user = signedIn
        case .failure(let refusal):
            // A second's wait before each refusal slows anyone guessing passwords.
            try? await Task.sleep(for: .seconds(1))
            throw refusal
        }
        let id = Explorer.newToken() + Explorer.newToken()
        state.withLock { state in
            state.users[name] = user
            state.sessions[id] = (name, Date())
        }
        return id
    }

    /// Ends session `id`; the user's snapshot and connection go with their last session.
    func signOut(_ id: String) {
        state.withLock { state in
            guard let session = state.sessions.removeValue(forKey: id) else { return }
            Self.dropUnused(session.user, &state)
        }
    }

    /// Ends idle sessions and checks each signed-in user's archive for a change (one
    /// after another, blocking); a user whose check fails is signed out everywhere.
    public func reloadIfChanged() {
        let now = Date()
        let users = state.withLock { state in
            for (id, session) in state.sessions where now.timeIntervalSince(session.used) >= idleSeconds {
                state.sessions[id] = nil
                Self.dropUnused(session.user, &state)
            }
            return Array(state.users.values)
        }
        for user in users {
            do throws(ExplorerLoadError) {
                try user.reloadIfChanged()
            } catch {
                state.withLock { state in
                    guard state.users[user.name] === user else { return }
                    state.users[user.name] = nil
                    state.sessions = state.sessions.filter { $0.value.user != user.name }
                }
            }
        }
    }

    /// Sessions open now (for tests).
    var sessionCount: Int { state.withLock { $0.sessions.count } }

    private static func dropUnused(_ name: String, _ state: inout State) {
        if !state.sessions.values.contains(where: { $0.user == name }) { state.users[name] = nil }
    }

    /// Runs blocking work (talking to the database) on a thread of its own, not on
    /// the threads that answer requests.
    static func offThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }
}
