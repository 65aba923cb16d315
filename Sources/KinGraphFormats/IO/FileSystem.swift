#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls the readers and writers need, as plain POSIX.
enum FileSystem {
    /// What is at a path.
    enum Entry: Equatable {
        case missing
        case file
        case folder
        case other
    }

    /// What is at `path`, following symbolic links.
    static func entry(at path: String) -> Entry {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The whole content of the file at `path`; a failure (`isTooLarge`) rather than
    /// more than `limit` bytes, checked before anything is read and again as it grows.
    ///
    /// - Complexity: O(size); one allocation of the file's size.
    static func readBytes(at path: String, limit: Int = ReadLimits.standard.maxFileBytes) throws(IOFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw IOFailure(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IOFailure(path: path, errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw IOFailure(path: path, errno: EISDIR) }
        let size = max(Int(info.st_size), 0)
        if size > limit { throw IOFailure.tooLarge(path: path, size: size, limit: limit) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < size {
                let got = read(fd, base + initialized, size - initialized)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { return }
                initialized += got
            }
        }
        if failure != 0 { throw IOFailure(path: path, errno: failure) }
        // The file may have grown, or report no size (a pipe): read what remains.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw IOFailure(path: path, errno: errno) }
            if got == 0 { break }
            if bytes.count + got > limit { throw IOFailure.tooLarge(path: path, size: bytes.count + got, limit: limit) }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return bytes
    }

    /// The absolute, symlink-free form of `path`; for a path that does not exist yet,
    /// its resolved parent folder joined with its last component.
    static func resolved(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let parent: String, name: String
        if let slash = trimmed.lastIndex(of: "/") {
            parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
            name = String(trimmed[trimmed.index(after: slash)...])
        } else {
            parent = "."
            name = trimmed
        }
        let base = parent == trimmed ? parent : resolved(parent)
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Creates `path` and any missing parent folders.
    static func createFolder(_ path: String) throws(IOFailure) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if entry(at: current) == .folder { continue }
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw IOFailure(path: current, errno: errno)
            }
        }
    }
}

/// A failed system call on a path, with the system's reason.
public struct IOFailure: Error, CustomStringConvertible {
    let path: String
    let code: Int32
    /// Our own words, when they say more than the system's.
    var detail: String?

    init(path: String, errno code: Int32) {
        self.path = path
        self.code = code
    }

    /// A file over the size limit (`EFBIG`), with what to do about it.
    static func tooLarge(path: String, size: Int, limit: Int) -> IOFailure {
        var failure = IOFailure(path: path, errno: EFBIG)
        failure.detail =
            "the file has \(size) bytes, over the limit of \(limit); if it really is this large, raise the limit with \(ReadLimits.environmentKey) (e.g. \(ReadLimits.environmentKey)=\(suggestion(for: size)))"
        return failure
    }

    /// A size in whole GiB above `size`, as the variable takes it.
    private static func suggestion(for size: Int) -> String {
        "\(size / (1 << 30) + 1)G"
    }

    /// The system's words for the error ("No such file or directory", …), or ours.
    public var reason: String { detail ?? String(cString: strerror(code)) }

    var isTooLarge: Bool { code == EFBIG && detail != nil }

    var isMissing: Bool { code == ENOENT }

    public var description: String { "\(path): \(reason)" }
}
