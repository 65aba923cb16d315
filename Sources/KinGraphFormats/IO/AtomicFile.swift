#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old content or the new, never half:
/// a temporary file in the same folder, flushed to disk, then renamed into place.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`.
    ///
    /// - Complexity: O(bytes.count).
    public static func write(_ bytes: [UInt8], to path: String) throws(IOFailure) {
        try prepare(bytes, for: path).commit()
    }

    /// A complete, flushed temporary file beside its destination, waiting to be
    /// renamed into place: several files can be prepared first and committed
    /// together, so an interruption while writing leaves every old file as it was.
    struct Pending {
        let path: String
        let temporary: String

        /// Renames the temporary file over `path`, then flushes the folder entry.
        func commit() throws(IOFailure) {
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw IOFailure(path: path, errno: code)
            }
            AtomicFile.syncFolder(AtomicFile.parentFolder(of: path))
        }

        /// Removes the temporary file (when a sibling could not be prepared).
        func discard() { unlink(temporary) }
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder (a hidden
    /// `.kingraph-XXXXXX.tmp`, which no reader takes for an archive file), flushed
    /// to disk and closed; nothing is left behind when this fails.
    ///
    /// - Complexity: O(bytes.count).
    static func prepare(_ bytes: [UInt8], for path: String) throws(IOFailure) -> Pending {
        let folder = parentFolder(of: path)
        var template = Array((folder == "/" ? "/" : folder + "/").utf8) + Array(".kingraph-XXXXXX.tmp".utf8) + [0]
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.map { mkstemps($0, 4) } ?? -1
            }
        }
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        let temporary = String(decoding: template.dropLast(), as: UTF8.self)
        do throws(IOFailure) {
            try writeAll(bytes, to: fd, path: temporary)
            fchmod(fd, 0o644)
            guard fsync(fd) == 0 else { throw IOFailure(path: temporary, errno: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw IOFailure(path: temporary, errno: code)
        }
        return Pending(path: path, temporary: temporary)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(IOFailure) {
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while written < buffer.count {
                let n = systemWrite(fd, base + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    failure = n < 0 ? errno : EIO
                    return
                }
                written += n
            }
        }
        if failure != 0 { throw IOFailure(path: path, errno: failure) }
    }

    /// Flushes the folder entry so the rename itself survives a crash.
    package static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The folder holding `path` ("." for a bare name).
    public static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// POSIX `write`, named apart from the many `write` methods in scope.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
