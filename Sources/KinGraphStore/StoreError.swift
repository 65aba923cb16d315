import KinGraphCore
import KinGraphFormats

/// Why the store could not do what was asked. Each description is one plain line
/// naming the file (and the record) and saying what to do.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// Nothing at the path.
    case notFound(path: String)
    /// The file is not a SQLite database.
    case notSQLite(path: String)
    /// A SQLite database, but not a KinGraph archive.
    case otherProgram(path: String)
    /// The database is damaged or cut short.
    case damaged(path: String, reason: String)
    /// Made by a newer KinGraph: a migration this version does not know.
    case newerSchema(path: String)
    /// Another writer held the archive for longer than the wait.
    case locked(path: String, seconds: Double)
    /// The file cannot be opened, read or written.
    case failed(path: String, reason: String)
    /// Something is in the way of a new archive.
    case exists(path: String)
    /// The stored archive has errors (every problem, in order).
    case invalid(path: String, problems: [Problem])
    /// A change would leave the archive invalid: nothing was written.
    case refused(change: Int, command: String, problems: [Problem])
    /// A change names a record the archive does not hold.
    case noSuchRecord(change: Int, command: String, key: String)
    /// A line of a changes file cannot be read: `changes.jsonl:3`.
    case badChangesFile(place: String, reason: String)
    /// A change cannot be made as asked (a field that cannot be set, a missing source, …).
    case badChange(change: Int, command: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "no archive at '\(path)': no such file (kingraph init --archive \(path) makes an empty one)"
        case .notSQLite(let path):
            return "cannot read '\(path)': \(SQLiteHeader.notSQLite)"
        case .otherProgram(let path):
            return "cannot read '\(path)': it is a SQLite database of another program, not a KinGraph archive (no KinGraph tables)"
        case .damaged(let path, let reason):
            return "cannot read '\(path)': the database is damaged or truncated (\(reason)); restore it from a backup"
        case .newerSchema(let path):
            return "cannot open '\(path)': it was made by a newer KinGraph (its schema is newer than \(StoreSchema.latest)); upgrade kingraph"
        case .locked(let path, let seconds):
            return "'\(path)' is locked: another kingraph is writing to it and did not finish within \(Self.seconds(seconds)); nothing was written, try again (KINGRAPH_BUSY_TIMEOUT sets the wait in seconds)"
        case .failed(let path, let reason):
            return "cannot use '\(path)': \(reason)"
        case .exists(let path):
            return "'\(path)' exists already; pass --force to replace it"
        case .invalid(let path, let problems):
            let errors = problems.filter(\.isError)
            guard let first = errors.first else { return "'\(path)' is not a valid archive" }
            let more = errors.count > 1 ? " (and \(Problem.plural(errors.count - 1, "more error")))" : ""
            return "'\(path)' is not a valid archive: \(first)\(more)"
        case .refused(let change, let command, let problems):
            let errors = problems.filter(\.isError)
            let listed = errors.map(\.description).joined(separator: "; ")
            return "\(Self.which(change, command)) refused, nothing written: \(listed)"
        case .noSuchRecord(let change, let command, let key):
            return "\(Self.which(change, command)) refused, nothing written: no record '\(key)' in the archive"
        case .badChangesFile(let place, let reason):
            return "\(place): \(reason); nothing was written"
        case .badChange(let change, let command, let reason):
            return "\(Self.which(change, command)) refused, nothing written: \(reason)"
        }
    }

    /// The problems of `.invalid` and `.refused`; `[]` otherwise.
    public var problems: [Problem] {
        switch self {
        case .invalid(_, let problems), .refused(_, _, let problems): return problems
        default: return []
        }
    }

    private static func which(_ change: Int, _ command: String) -> String {
        change > 0 ? "change \(change) (\(command))" : command
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
