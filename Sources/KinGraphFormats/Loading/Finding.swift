import KinGraphCore

/// A problem with the position it sorts by in its input: (file or section, line or
/// index). Readers sort findings so problems come out in reading order.
struct Finding {
    var order: (Int, Int)
    var problem: Problem

    /// Problems in reading order, then field, severity and message: deterministic.
    static func sorted(_ findings: [Finding]) -> [Problem] {
        findings.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            let fa = a.problem.field ?? "", fb = b.problem.field ?? ""
            if fa != fb { return fa < fb }
            if a.problem.severity != b.problem.severity { return a.problem.severity == .error }
            return a.problem.message < b.problem.message
        }.map(\.problem)
    }
}
