#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file of an archive being written atomically: bytes go to a temporary file in
/// the same folder, which is renamed over the final name only when complete, so a
/// reader never sees half a file.
struct OutputFile: ~Copyable {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32

    /// Creates the temporary file beside `path`.
    init(path: String) throws(SyntheticArchiveError) {
        self.path = path
        temporaryPath = path + ".partial"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if descriptor < 0 { throw .cannotWrite(path: temporaryPath, reason: OutputFile.lastError()) }
    }

    /// Writes all of `bytes` and empties it, keeping its capacity.
    mutating func drain(_ buffer: inout CSVByteBuffer) throws(SyntheticArchiveError) {
        var failure: String?
        buffer.bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = OutputFile.lastError()
                    return
                }
                offset += written
            }
        }
        if let failure { throw .cannotWrite(path: temporaryPath, reason: failure) }
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes the file to disk, closes it and gives it its final name.
    consuming func commit() throws(SyntheticArchiveError) {
        // On failure the deinit closes and removes the temporary file.
        if fsync(descriptor) != 0 { throw .cannotWrite(path: temporaryPath, reason: OutputFile.lastError()) }
        let closed = close(descriptor)
        descriptor = -1
        if closed != 0 { throw .cannotWrite(path: temporaryPath, reason: OutputFile.lastError()) }
        if rename(temporaryPath, path) != 0 { throw .cannotWrite(path: path, reason: OutputFile.lastError()) }
    }

    deinit {
        // Reached without `commit()` only when writing failed: leave no partial file.
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
