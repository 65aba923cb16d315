/// Where the files of a CSV archive come from: a folder on disk (read a chunk at a
/// time, each file at most `limit` bytes), or bytes held in memory by name.
enum CSVFiles: Sendable {
    case folder(String, limit: Int)
    case memory(@Sendable (String) throws(IOFailure) -> [UInt8])

    /// The rows of file `name`; a missing file fails with `isMissing`.
    func stream(_ name: String) throws(IOFailure) -> CSVStream {
        switch self {
        case .folder(let path, let limit): return try CSVStream(path: path + "/" + name, limit: limit)
        case .memory(let contents): return CSVStream(bytes: try contents(name), name: name)
        }
    }

    /// All the bytes of file `name`; a missing file fails with `isMissing`.
    func bytes(_ name: String) throws(IOFailure) -> [UInt8] {
        switch self {
        case .folder(let path, let limit): return try FileSystem.readBytes(at: path + "/" + name, limit: limit)
        case .memory(let contents): return try contents(name)
        }
    }
}
