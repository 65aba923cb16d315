/// The forms an archive can take, chosen by its path.
public enum ArchiveForm: String, Sendable, Hashable {
    /// A file ending `.json`.
    case json
    /// A folder holding `sources.csv`, `people.csv`, `ties.csv`, `events.csv`, `links.csv`.
    case csvFolder = "csv-folder"

    /// "JSON", "CSV folder".
    public var displayName: String {
        switch self {
        case .json: return "JSON"
        case .csvFolder: return "CSV folder"
        }
    }

    /// The form a path names: `.json` is JSON, `.sqlite` is not supported yet, a
    /// single `.csv` file is a mistake (the CSV form is a folder), anything else is a
    /// folder. `reason` says why a path cannot be an archive.
    static func of(path: String) -> Result<ArchiveForm, Unsupported> {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .success(.json) }
        if lower.hasSuffix(".sqlite") || lower.hasSuffix(".sqlite3") || lower.hasSuffix(".db") {
            return .failure(Unsupported(reason: "the SQLite form is not supported yet; use a .json file or a CSV folder"))
        }
        if lower.hasSuffix(".csv") {
            return .failure(
                Unsupported(
                    reason:
                        "the CSV form is a folder holding sources.csv, people.csv, ties.csv, events.csv and links.csv; give the folder, not one file"
                ))
        }
        return .success(.csvFolder)
    }

    struct Unsupported: Error {
        let reason: String
    }
}
