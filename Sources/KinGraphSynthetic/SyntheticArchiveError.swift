/// Why a synthetic archive could not be written.
public enum SyntheticArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The people count is negative.
    case negativeCount(Int)
    /// The output folder already holds files; generating never overwrites.
    case outputNotEmpty(path: String)
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// A folder or file could not be created or written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .negativeCount(let n): return "the number of people must be 0 or more, not \(n)"
        case .outputNotEmpty(let path): return "\(path): the folder is not empty; choose a new or empty folder (generate never overwrites)"
        case .notAFolder(let path): return "\(path): exists and is not a folder"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}
