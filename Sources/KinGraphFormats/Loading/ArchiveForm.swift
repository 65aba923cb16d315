/// The forms an archive can take, chosen by its path.
public enum ArchiveForm: String, Sendable, Hashable {
    /// A file ending `.json`.
    case json
    /// A folder holding `sources.csv`, `people.csv`, `ties.csv`, `events.csv`, `links.csv`.
    case csvFolder = "csv-folder"
    /// A SQLite database (detected by its header; written for `.kgdb`, `.sqlite`,
    /// `.sqlite3`, `.db`), read and written by KinGraphStore.
    case sqlite
    /// A PostgreSQL database (`postgres://user@host/db`), read and written by KinGraphPostgres.
    case postgres

    /// "JSON", "CSV folder".
    public var displayName: String {
        switch self {
        case .json: return "JSON"
        case .csvFolder: return "CSV folder"
        case .sqlite: return "SQLite"
        case .postgres: return "PostgreSQL"
        }
    }

    /// The form a path names: `.json` is JSON, `.kgdb`, `.sqlite`, `.sqlite3` and `.db` SQLite, a
    /// single `.csv` file is a mistake (the CSV form is a folder), anything else is a
    /// folder. `reason` says why a path cannot be an archive.
    static func of(path: String) -> Result<ArchiveForm, Unsupported> {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .success(.json) }
        if sqliteExtensions.contains(where: { lower.hasSuffix($0) }) { return .success(.sqlite) }
        if lower.hasSuffix(".csv") {
            return .failure(
                Unsupported(
                    reason:
                        "the CSV form is a folder holding sources.csv, people.csv, ties.csv, events.csv and links.csv; give the folder, not one file"
                ))
        }
        return .success(.csvFolder)
    }

    /// The endings that name the SQLite form when writing.
    package static let sqliteExtensions = [".kgdb", ".sqlite", ".sqlite3", ".db"]

    struct Unsupported: Error {
        let reason: String
    }
}
