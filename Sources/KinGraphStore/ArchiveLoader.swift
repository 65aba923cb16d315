import KinGraphCore
import KinGraphFormats

/// Loads an archive in any of its three forms: a SQLite file (told by its header,
/// whatever it is called) through `SQLiteStore`, a JSON file or CSV folder through
/// `ArchiveReader`. Every form goes through the same validation.
///
///     let loaded = try ArchiveLoader.load(from: "work.kgdb")
public enum ArchiveLoader {
    /// Whether `path` is a SQLite file.
    public static func isSQLite(_ path: String) -> Bool {
        SQLiteHeader.check(path) == .sqlite
    }

    /// Reads and validates the archive at `path`.
    ///
    /// - Throws: `ArchiveLoadError` (`.invalid` with every problem for an invalid
    ///   archive of any form; `.unreadable` for a database that cannot be read).
    public static func load(from path: String, limits: ReadLimits = .standard) throws(ArchiveLoadError) -> LoadedArchive {
        guard isSQLite(path) else { return try ArchiveReader.load(from: path, limits: limits) }
        do {
            return try SQLiteStore.open(path).load()
        } catch .invalid(_, let problems) {
            throw .invalid(problems)
        } catch {
            throw .unreadable(path: path, reason: error.reasonOnly)
        }
    }
}

extension StoreError {
    /// The description without the leading "cannot read 'PATH': ", for messages
    /// that name the file themselves.
    package var reasonOnly: String {
        let text = description
        for prefix in ["cannot read '\(pathName)': ", "cannot open '\(pathName)': ", "cannot use '\(pathName)': "]
        where text.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count))
        }
        return text
    }

    private var pathName: String {
        switch self {
        case .notFound(let path), .notSQLite(let path), .otherProgram(let path), .damaged(let path, _),
            .newerSchema(let path), .locked(let path, _), .failed(let path, _), .exists(let path), .invalid(let path, _):
            return path
        default: return ""
        }
    }
}
