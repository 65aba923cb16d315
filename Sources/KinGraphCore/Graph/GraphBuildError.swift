/// Why an archive could not be indexed: it was not valid (the validator reports these
/// problems in full, with their places; the graph names the records it tripped on).
public struct GraphBuildError: Error, Sendable, CustomStringConvertible {
    /// Each problem, e.g. `tie 3 (P-0001 → P-0099): no person P-0099`.
    public let problems: [String]

    public var description: String {
        let shown = problems.prefix(10).joined(separator: "; ")
        let more = problems.count > 10 ? " (and \(problems.count - 10) more)" : ""
        return "the archive cannot be indexed: \(shown)\(more)"
    }
}
