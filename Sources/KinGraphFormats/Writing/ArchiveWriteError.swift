import KinGraphCore

/// Why an archive was not written. Nothing is left half-written in any case.
public enum ArchiveWriteError: Error, CustomStringConvertible, Sendable {
    /// The output is the input archive itself.
    case ontoInput(path: String)
    /// Something is already at the output and replacing it was not asked for.
    case exists(path: String, what: String)
    /// The path names a form that cannot be written.
    case unsupported(path: String, reason: String)
    /// Values the chosen form cannot hold (e.g. `;` inside a CSV list item).
    case unrepresentable(path: String, problems: [Problem])
    /// The system refused (permissions, full disk, …).
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .ontoInput(let path):
            return "'\(path)' is the input archive; write the converted archive to another path"
        case .exists(let path, let what):
            return "'\(path)' already exists (\(what)); choose another path, or pass --force to replace it"
        case .unsupported(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .unrepresentable(let path, let problems):
            let first = problems.first.map { ": \($0)" } ?? ""
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            return "cannot write '\(path)' without losing data\(first)\(more)"
        case .failed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
