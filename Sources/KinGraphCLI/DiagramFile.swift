#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
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
        let folder = DiagramFile.folder(of: path)
        var template = Array((folder == "/" ? "/" : folder + "/").utf8) + Array(".kingraph-XXXXXX.tmp".utf8) + [0]
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in chars.baseAddress.map { mkstemps($0, 4) } ?? -1 }
        }
        guard fd >= 0 else { throw DiagramFileError.writeFailed(path: path, reason: DiagramFile.reason(errno)) }
        let temporary = String(decoding: template.dropLast(), as: UTF8.self)
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count, let base = buffer.baseAddress {
                let n = posixWrite(fd, base + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? errno : EIO
                    return
                }
                written += n
            }
        }
        if failure == 0 { fchmod(fd, 0o644) }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw DiagramFileError.writeFailed(path: path, reason: DiagramFile.reason(failure))
        }
        // Flush the folder entry too, so the rename itself survives a crash.
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The folder holding `path` ("." for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func reason(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }
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

/// POSIX `write`, named apart from the `write` methods in scope.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
    #else
        return Darwin.write(fd, buffer, count)
    #endif
}
