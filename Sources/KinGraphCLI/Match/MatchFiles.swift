import Foundation
import KinGraphFormats
import KinGraphMatch

/// The files `match` reads and writes besides the archive: review CSVs and the
/// decisions kept beside an archive.
enum MatchFiles {
    /// The text of a UTF-8 file, or an error naming it.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw CLIMatchError("cannot read '\(path)': " + (exists ? (isFolder.boolValue ? "it is a folder" : "permission denied") : "no such file"))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIMatchError("\(path): not UTF-8 text") }
        return text
    }

    /// Writes `text` to `path` atomically; an existing file only with `force`.
    static func write(_ text: String, to path: String, force: Bool) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw CLIMatchError("'\(path)' is a folder") }
            if !force { throw CLIMatchError("'\(path)' exists; pass --force to replace it") }
        }
        do { try AtomicFile.write(Array(text.utf8), to: path) } catch { throw CLIMatchError(error.description) }
    }

    /// The pairs marked different beside the archive at `archive` (none when there is no file).
    static func readDecisions(beside archive: String, people: Set<String>) throws -> Set<IDPair> {
        let path = Decisions.path(forArchive: archive)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try Decisions.read(read(path), file: path, people: people)
    }

    /// `true` when two paths name one file (symlinks and `..` resolved).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return canonical(a) == canonical(b)
    }
}
