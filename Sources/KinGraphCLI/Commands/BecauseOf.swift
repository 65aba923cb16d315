import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph because-of PERSON`: who was punished because of PERSON.
struct BecauseOf: DrawnQueryCommand {
    static let configuration = CommandConfiguration(
        commandName: "because-of",
        abstract: "Who was punished because of PERSON: every punitive event reached by links from their events.",
        discussion: """
            Starts from every event of PERSON and follows links from cause to effect. Each \
            punitive event of someone else that is reached is listed with the shortest chain \
            of events and links that reaches it, and the sources of each step; ordered by \
            chain length, then date, then id.

            Example:
              kingraph because-of P-0001 --archive graphs/sample.json
              kingraph because-of "Pak Yong-myong" --min-confidence corroborated
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @Argument(help: "A person id, or a name, hangul or alias (romanisation variants match).")
    var person: String

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> BecauseOfResult {
        graph.becauseOf(person: try people.resolve(person), minConfidence: options.confidence, scratch: &scratch)
    }

    func text(_ answer: BecauseOfResult, graph: ArchiveGraph) -> String { answer.text(ChainText(graph: graph)) }

    func diagram(of answer: BecauseOfResult, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram {
        diagrams.becauseOf(answer, view: view)
    }
}

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
