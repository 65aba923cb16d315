#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a SQLite database by its first 16 bytes (`SQLite format 3\0`), whatever
/// the file is called.
package enum SQLiteHeader {
    /// What the start of a file says.
    package enum Verdict: Equatable, Sendable {
        /// It starts with the SQLite header.
        case sqlite
        /// It is readable and starts otherwise (or is shorter than the header).
        case other
        /// It cannot be opened for reading.
        case unreadable(errno: Int32)
    }

    /// The 16 bytes every SQLite 3 database starts with.
    package static let magic: [UInt8] = Array("SQLite format 3".utf8) + [0]

    /// The reason given for a file named like a database that is not one.
    package static let notSQLite =
        "it is not a SQLite database (it does not start with 'SQLite format 3'), nor a .json file or a CSV folder"

    /// Whether the file at `path` starts with the SQLite header.
    ///
    /// - Complexity: O(1): reads 16 bytes.
    package static func check(_ path: String) -> Verdict {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .unreadable(errno: errno) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: magic.count)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + got }, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        return got == magic.count && bytes == magic ? .sqlite : .other
    }
}
