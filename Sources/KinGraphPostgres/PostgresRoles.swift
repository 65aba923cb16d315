/// What a KinGraph user may do in a team archive, weakest first. Each is a
/// PostgreSQL group role of the archive's own database (`kingraph_DB_viewer`, …),
/// so two archives on one server keep their users apart.
///
/// - viewer: reads the archive with protected people redacted (the `people_redacted`
///   and `events_redacted` views; the base tables only their unprotected rows and
///   harmless columns).
/// - analyst: reads everything, protected people in full, and the audit log.
/// - editor: an analyst who may also edit.
/// - admin: an editor who may also add users.
public enum ArchiveRole: String, CaseIterable, Sendable {
    case viewer, analyst, editor, admin

    /// `true` for the roles that may edit.
    public var edits: Bool { self == .editor || self == .admin }
}

/// The group roles of one database and the identifiers to write them in SQL.
struct PostgresRoles {
    let database: String

    /// The group role's name, e.g. `kingraph_hyesan_viewer` (PostgreSQL keeps 63 bytes of a name).
    func group(_ role: ArchiveRole) -> String { "kingraph_\(database)_\(role.rawValue)" }

    /// An identifier quoted for SQL.
    static func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A text literal quoted for SQL.
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// `sql` with `{viewer}`, `{analyst}`, … as the quoted group roles and `{viewer-name}`, … as their names in quotes.
    func fill(_ sql: String) -> String {
        var text = sql
        for role in ArchiveRole.allCases {
            text = text.replacingOccurrences(of: "{\(role.rawValue)}", with: Self.identifier(group(role)))
            text = text.replacingOccurrences(of: "{\(role.rawValue)-name}", with: Self.literal(group(role)))
        }
        return text
    }
}
