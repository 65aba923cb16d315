import KinGraphCore

/// Writes an archive in the form its path names: a `.json` file, or a folder of CSV
/// files (created if missing). Every file is written atomically: to a temporary
/// file in the same folder, flushed, then renamed into place.
///
///     try ArchiveWriter.write(archive, to: "out/", input: "graphs/sample.json")
public enum ArchiveWriter {
    /// Writes `archive` to `path`.
    ///
    /// - Parameters:
    ///   - overwrite: replace an existing JSON file, or the archive files of an
    ///     existing folder; without it, existing output is an error that says what is there.
    ///   - input: the path the archive was read from; writing onto it is always refused.
    /// - Complexity: O(size of the archive).
    public static func write(
        _ archive: Archive, to path: String, overwrite: Bool = false, input: String? = nil
    ) throws(ArchiveWriteError) {
        let form: ArchiveForm
        switch ArchiveForm.of(path: path) {
        case .success(let chosen): form = chosen
        case .failure(let unsupported): throw .unsupported(path: path, reason: unsupported.reason)
        }
        if let input, FileSystem.resolved(input) == FileSystem.resolved(path) {
            throw .ontoInput(path: path)
        }
        switch form {
        case .json: try writeJSON(archive, to: path, overwrite: overwrite)
        case .csvFolder: try writeFolder(archive, to: path, overwrite: overwrite)
        case .sqlite:
            throw .unsupported(path: path, reason: "a SQLite archive is written by KinGraphStore (kingraph convert, kingraph init)")
        case .postgres:
            throw .unsupported(path: path, reason: "a PostgreSQL archive is written by KinGraphPostgres (kingraph convert, kingraph init)")
        }
    }

    private static func writeJSON(_ archive: Archive, to path: String, overwrite: Bool) throws(ArchiveWriteError) {
        switch FileSystem.entry(at: path) {
        case .missing: break
        case .file where overwrite: break
        case .file: throw .exists(path: path, what: "a file")
        case .folder: throw .unsupported(path: path, reason: "it is a folder; a JSON archive is a file")
        case .other: throw .unsupported(path: path, reason: "it is neither a file nor a folder")
        }
        let folder = AtomicFile.parentFolder(of: path)
        guard FileSystem.entry(at: folder) == .folder else {
            throw .failed(path: path, reason: "the folder '\(folder)' does not exist")
        }
        do throws(IOFailure) {
            try AtomicFile.write(JSONArchiveWriter.bytes(archive), to: path)
        } catch {
            throw .failed(path: path, reason: error.reason)
        }
    }

    private static func writeFolder(_ archive: Archive, to path: String, overwrite: Bool) throws(ArchiveWriteError) {
        let problems = CSVFolderWriter.unrepresentable(archive)
        if !problems.isEmpty { throw .unrepresentable(path: path, problems: problems) }
        let files = CSVFolderWriter.files(archive)
        switch FileSystem.entry(at: path) {
        case .missing:
            break
        case .folder:
            let present = files.map(\.name).filter { FileSystem.entry(at: path + "/" + $0) != .missing }
            if !present.isEmpty && !overwrite {
                throw .exists(path: path, what: "a folder holding " + present.joined(separator: ", "))
            }
        case .file:
            throw .unsupported(path: path, reason: "it is a file; the CSV form is a folder (or name a .json file)")
        case .other:
            throw .unsupported(path: path, reason: "it is neither a file nor a folder")
        }
        do throws(IOFailure) {
            try FileSystem.createFolder(path)
            // Every file written and flushed before any is renamed into place, so an
            // interruption while writing leaves the old archive files as they were.
            var pending: [AtomicFile.Pending] = []
            do throws(IOFailure) {
                for file in files { pending.append(try AtomicFile.prepare(file.bytes, for: path + "/" + file.name)) }
            } catch {
                for file in pending { file.discard() }
                throw error
            }
            for (index, file) in pending.enumerated() {
                do throws(IOFailure) {
                    try file.commit()
                } catch {
                    for rest in pending[(index + 1)...] { rest.discard() }
                    throw error
                }
            }
        } catch {
            throw .failed(path: error.path, reason: error.reason)
        }
    }
}
