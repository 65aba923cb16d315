import ArgumentParser
import Foundation
import KinGraphPostgres

/// `kingraph users add NAME --role ROLE` and `kingraph users list`: the accounts of a
/// team archive on PostgreSQL (docs/TEAM.md).
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add and list the users of a PostgreSQL archive, each with a role.",
        discussion: """
            viewer: statistics and queries with protected people redacted; analyst: every query, \
            protected people in full; editor: an analyst who edits; admin: an editor who adds users. \
            The database enforces each role (docs/TEAM.md).
            """,
        subcommands: [UsersAdd.self, UsersList.self])
}

/// `kingraph users add NAME --role ROLE --archive postgres://…`.
struct UsersAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user (a PostgreSQL login role) with a role; admins only.",
        discussion: """
            The new user's password comes from $KINGRAPH_NEW_PASSWORD, else it is asked for \
            (read from standard input), never from the command line.

            Example:
              kingraph users add kim --role analyst --archive postgres://kg_owner@db.example.org/kingraph
            """)

    @Argument(help: "The user's name (their PostgreSQL role).")
    var name: String

    @Option(name: .long, help: ArgumentHelp("viewer, analyst, editor or admin.", valueName: "role"))
    var role: ArchiveRole

    @OptionGroup var archiveOptions: ArchiveOptions

    func run() throws {
        let store = try archiveOptions.openTeamStore()
        try store.addUser(name, role: role, password: try Self.newPassword(for: name))
        print("added \(name) as \(role.rawValue) to \(store.path)")
    }

    /// `$KINGRAPH_NEW_PASSWORD`, else a line typed (not echoed on a terminal) or piped in.
    static func newPassword(for name: String) throws -> String {
        if let given = ProcessInfo.processInfo.environment["KINGRAPH_NEW_PASSWORD"], !given.isEmpty { return given }
        if isatty(STDIN_FILENO) != 0, let typed = getpass("Password for \(name): ") {
            return String(cString: typed)
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// `kingraph users list --archive postgres://…`: name and role, by name.
struct UsersList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the users of a PostgreSQL archive and their roles.")

    @OptionGroup var archiveOptions: ArchiveOptions

    func run() throws {
        let users = try archiveOptions.openTeamStore().users()
        let width = users.map(\.name.count).max() ?? 0
        for user in users {
            print(user.name.padding(toLength: max(width, 4), withPad: " ", startingAt: 0) + "  " + user.role.rawValue)
        }
    }
}

extension ArchiveRole: ExpressibleByArgument {}

extension ArchiveOptions {
    /// The archive as a PostgreSQL store: users are PostgreSQL's.
    func openTeamStore() throws -> PostgresStore {
        let path = try requirePath()
        guard ArchiveEngines.isPostgres(path) else {
            throw StoreCommandError("'\(path)' is not a PostgreSQL archive: users and roles are PostgreSQL's (postgres://USER@HOST/DATABASE)")
        }
        return try PostgresStore.open(path)
    }
}
