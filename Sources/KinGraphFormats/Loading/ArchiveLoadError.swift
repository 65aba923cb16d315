import KinGraphCore

/// Why an archive could not be loaded. The description is one plain line that says
/// what to do.
public enum ArchiveLoadError: Error, CustomStringConvertible, Sendable {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path exists but cannot be read (permissions, not a file or folder, …).
    case unreadable(path: String, reason: String)
    /// The path names a form this version cannot read (`.sqlite`, a lone `.csv`).
    case unsupported(path: String, reason: String)
    /// The archive was read but has errors: every problem found, errors and
    /// warnings, in reading order.
    case invalid([Problem])

    public var description: String {
        switch self {
        case .notFound(let path):
            return "no archive at '\(path)': no such file or folder (check --archive or KINGRAPH_ARCHIVE)"
        case .unreadable(let path, let reason):
            return "cannot read the archive '\(path)': \(reason)"
        case .unsupported(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .invalid(let problems):
            let errors = problems.filter(\.isError)
            guard let first = errors.first else { return "the archive is invalid" }
            let more = errors.count > 1 ? " (and \(Problem.plural(errors.count - 1, "more error")))" : ""
            return "the archive is invalid: \(first)\(more)"
        }
    }

    /// The problems of an invalid archive; `[]` for the other cases.
    public var problems: [Problem] {
        if case .invalid(let problems) = self { return problems }
        return []
    }
}
