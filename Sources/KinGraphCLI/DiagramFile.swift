#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import KinGraphFormats
import KinGraphRender

/// Where a diagram goes: its format from the extension, its folder checked before any
/// work is done, and the bytes written atomically (a temporary file in the same
/// folder, flushed, then renamed), so a reader never sees half a diagram.
struct DiagramFile {
    let path: String
    let format: OutputFormat

    /// Checks `path`: a known extension, in a folder that exists.
    init(_ path: String) throws(DiagramFileError) {
        guard let format = OutputFormat(path: path) else { throw DiagramFileError.unknownExtension(path) }
        let folder = DiagramFile.folder(of: path)
        var info = stat()
        guard stat(folder, &info) == 0 else { throw DiagramFileError.missingFolder(path: path, folder: folder) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw DiagramFileError.missingFolder(path: path, folder: folder) }
        self.path = path
        self.format = format
    }

    /// Replaces (or creates) the file with `bytes`.
    ///
    /// - Complexity: O(bytes.count).
    func write(_ bytes: [UInt8]) throws(DiagramFileError) {
        do throws(IOFailure) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw DiagramFileError.writeFailed(path: path, reason: error.reason)
        }
    }

    /// The folder holding `path` ("." for a bare name).
    static func folder(of path: String) -> String { AtomicFile.parentFolder(of: path) }
}

/// Why a diagram file cannot be written.
enum DiagramFileError: Error, CustomStringConvertible {
    case unknownExtension(String)
    case missingFolder(path: String, folder: String)
    case writeFailed(path: String, reason: String)

    var description: String {
        switch self {
        case .unknownExtension(let path):
            let known = OutputFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
            return "cannot tell the diagram format of '\(path)' from its extension: use one of \(known)"
        case .missingFolder(let path, let folder):
            return "cannot write '\(path)': the folder '\(folder)' does not exist (create it first)"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
