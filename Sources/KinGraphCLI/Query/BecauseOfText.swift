import KinGraphCore

extension BecauseOfResult {
    /// Each person punished, then their chains written out (a chain that another one
    /// continues is left out: the longer one shows it).
    func text(_ chains: ChainText) -> String {
        let eventCount = results.reduce(0) { $0 + $1.events.count }
        guard !results.isEmpty else {
            return "No one in the archive was punished because of \(name) (\(person)).\n"
        }
        var out = "Punished because of \(name) (\(person)): \(count(results.count, "person", "people")), "
            + "\(count(eventCount, "punitive event", "punitive events"))\n"
        let width = results.map(\.person.count).max() ?? 0
        for result in results {
            out += "\n" + result.person.padding(toLength: width + 2, withPad: " ", startingAt: 0) + result.name + "\n"
            for line in chains.chains(result.events) {
                out += String(repeating: " ", count: width + 2) + line + "\n"
            }
        }
        return out
    }
}

/// `1 person`, `3 people`.
func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
