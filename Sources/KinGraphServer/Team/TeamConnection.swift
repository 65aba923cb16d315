import KinGraphCore

/// One signed-in user's connection to a team archive, made as their own database
/// role: everything the explorer shows them is what this connection reads. The
/// `kingraph serve` command supplies it (on a `postgres://` archive).
public protocol TeamConnection: AnyObject, Sendable {
    /// The archive's revision and the user's role now (a few small queries), to
    /// notice a change without reading the archive.
    func check() throws(ExplorerLoadError) -> TeamCheck
    /// Every record the role may read, as the database gives them (a viewer's
    /// protected people already redacted by the database).
    func load() throws(ExplorerLoadError) -> Archive
}

/// What `TeamConnection.check` says: a change of either means reading again.
public struct TeamCheck: Hashable, Sendable {
    public var revision: String
    /// The user's KinGraph role: viewer, analyst, editor or admin.
    public var role: String

    public init(revision: String, role: String) {
        self.revision = revision
        self.role = role
    }
}

/// Why a sign-in failed, in one line that never holds the password.
public struct SignInRefusal: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// The password was right but the role may not read the archive (403); else a
    /// refused password or an unknown user (401).
    public let forbidden: Bool

    public init(message: String, forbidden: Bool) {
        self.message = message
        self.forbidden = forbidden
    }

    public var description: String { message }
}

/// Connects to the team archive as `user` with `password` (blocking; the explorer
/// calls it off the request threads).
public typealias TeamSignIn = @Sendable (_ user: String, _ password: String) throws(SignInRefusal) -> any TeamConnection
