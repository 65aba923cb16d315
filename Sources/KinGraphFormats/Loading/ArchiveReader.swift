import KinGraphCore

/// An archive as loaded: the records with every reference resolved (stage 2 of
/// docs/ARCHITECTURE.md), and the warnings they raised. The graph is built on the
/// ids the validator resolved: no id is looked up twice.
public struct LoadedArchive: Sendable {
    /// The records and the record index of every reference.
    public let resolved: ResolvedArchive
    /// Problems that do not make the archive invalid (a cause dated after its effect, …).
    public var warnings: [Problem]
    /// The form it was read from.
    public var form: ArchiveForm

    /// The records.
    public var archive: Archive { resolved.archive }

    public init(resolved: ResolvedArchive, warnings: [Problem], form: ArchiveForm) {
        self.resolved = resolved
        self.warnings = warnings
        self.form = form
    }

    /// The graph over the archive (stage 3).
    ///
    /// - Complexity: O(size of the archive).
    public func graph() throws(GraphBuildError) -> ArchiveGraph { try ArchiveGraph(resolved) }
}

/// Loads an archive in any of its forms, reading and validating it in one go.
///
///     let loaded = try ArchiveReader.load(from: "graphs/sample.json")
///     print(loaded.archive.people.count)
public enum ArchiveReader {
    /// Reads and validates the archive at `path`: a `.json` file or a CSV folder (a
    /// SQLite archive is KinGraphStore's: `ArchiveLoader.load` reads all three).
    /// Throws `.invalid` with every problem (errors and warnings, in reading order)
    /// when there is any error, and `.unreadable` for a file over `limits`.
    ///
    /// - Complexity: O(size of the archive).
    public static func load(from path: String, limits: ReadLimits = .standard) throws(ArchiveLoadError) -> LoadedArchive {
        let result = try read(path, limits: limits)
        return try judge(result.read, form: result.form)
    }

    /// Reads the archive at `path` without judging it: the records that could be
    /// read, with the form's places for problems.
    static func read(_ path: String, limits: ReadLimits = .standard) throws(ArchiveLoadError) -> (read: ReadResult, form: ArchiveForm) {
        let entry = FileSystem.entry(at: path)
        switch entry {
        case .missing:
            throw .notFound(path: path)
        case .other:
            throw .unreadable(path: path, reason: "it is neither a file nor a folder")
        case .folder:
            if path.lowercased().hasSuffix(".json") {
                throw .unreadable(path: path, reason: "it is a folder, but the name ends .json")
            }
            return (CSVFolderReader.read(folder: path, limits: limits), .csvFolder)
        case .file:
            if SQLiteHeader.check(path) == .sqlite {
                throw .unsupported(
                    path: path, reason: "it is a SQLite archive, which KinGraphStore reads (ArchiveLoader.load)")
            }
            switch ArchiveForm.of(path: path) {
            case .failure(let unsupported):
                throw .unsupported(path: path, reason: unsupported.reason)
            case .success(.sqlite):
                throw .unsupported(path: path, reason: SQLiteHeader.notSQLite)
            case .success(.csvFolder), .success(.postgres):
                throw .unsupported(
                    path: path,
                    reason: "an archive is a file ending .json or a folder of CSV files, and this is another file")
            case .success(.json):
                let bytes: [UInt8]
                do throws(IOFailure) {
                    bytes = try FileSystem.readBytes(at: path, limit: min(limits.maxFileBytes, limits.maxJSONFileBytes))
                } catch {
                    let hint = error.isTooLarge ? " (a JSON archive takes about 30 times its size in memory; a CSV folder about 2: convert it with 'kingraph convert')" : ""
                    throw .unreadable(path: path, reason: error.reason + hint)
                }
                return (JSONArchiveReader.read(bytes, fileName: fileName(of: path)), .json)
            }
        }
    }

    /// The last component of `path`.
    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
