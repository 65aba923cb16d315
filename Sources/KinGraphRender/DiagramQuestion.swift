import KinGraphCore

/// The question a diagram answers, written into its title with the names the
/// (redacted) archive gives, so a protected person appears only by pseudonym.
public enum DiagramQuestion: Sendable, Hashable {
    case becauseOf(person: String)
    case implicated(person: String, depth: Int)
    case path(from: String, to: String)
    case neighbors(person: String, depth: Int)
    case timeline(person: String)
    /// `kingraph render` without `--focus`.
    case wholeArchive
    /// Free text, for callers with their own question.
    case other(String)

    /// The question in words; `name` gives the display name of a person id.
    func text(name: (String) -> String) -> String {
        func steps(_ n: Int) -> String { n == 1 ? "1 step" : "\(n) steps" }
        switch self {
        case .becauseOf(let p): return "Who was punished because of \(name(p))?"
        case .implicated(let p, let depth):
            return "Which relatives of \(name(p)) (within \(steps(depth))) were implicated by their escape?"
        case .path(let a, let b): return "How are \(name(a)) and \(name(b)) connected?"
        case .neighbors(let p, let depth): return "Who is within \(steps(depth)) of \(name(p))?"
        case .timeline(let p): return "What happened to \(name(p)), and what followed?"
        case .wholeArchive: return "Everyone in the archive"
        case .other(let text): return text
        }
    }
}
