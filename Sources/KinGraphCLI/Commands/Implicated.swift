import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph implicated PERSON`: which relatives one escape implicated.
struct Implicated: DrawnQueryCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which relatives PERSON's escapes implicated: punished, unlinked or at risk.",
        discussion: """
            The escapes are PERSON's escape-attempt and defection events (or just --event). \
            Every relative within --depth family hops (default \(ImplicatedResult.defaultDepth)) is punished (a punitive \
            event reached from an escape by links), unlinked (a punitive event not dated \
            before the earliest escape, with no link from it: a lead) or at-risk. People \
            punished through links who are not relatives are listed as others.

            Example:
              kingraph implicated P-0001 --archive graphs/sample.json
              kingraph implicated P-0001 --depth 2 --event E-0001 --json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @OptionGroup var diagram: DiagramOptions
    @OptionGroup var depthOption: DepthOption
    @Option(name: .long, help: ArgumentHelp("Start from this escape of PERSON only.", valueName: "event"))
    var event: String?
    @Argument(help: "A person id, or a name, hangul or alias (romanisation variants match).")
    var person: String

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> ImplicatedResult {
        let who = try people.resolve(person)
        let escape = try event.map { id throws(QueryError) in
            guard let e = graph.eventIndex(id) else { throw QueryError.unknownEvent(id) }
            return e
        }
        return try graph.implicated(
            person: who, depth: depthOption.depth ?? ImplicatedResult.defaultDepth, event: escape,
            minConfidence: options.confidence, scratch: &scratch)
    }

    func text(_ answer: ImplicatedResult, graph: ArchiveGraph) -> String { answer.text(ChainText(graph: graph)) }

    func diagram(of answer: ImplicatedResult, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram {
        diagrams.implicated(answer, view: view)
    }
}

extension ImplicatedResult {
    /// The escapes, a table of the relatives with their status, the chains of the
    /// punished, and the others punished through links.
    func text(_ chains: ChainText) -> String {
        var out = "Relatives of \(name) (\(person)) within \(count(depth, "family hop", "family hops")) of "
            + (escapes.count == 1 ? "the escape " : "the escapes ")
            + escapes.map(chains.event).joined(separator: "; ") + "\n\n"
        if relatives.isEmpty {
            out += "No relatives within \(count(depth, "family hop", "family hops")).\n"
        } else {
            var table = TextTable(["PERSON", "NAME", "HOPS", "KINSHIP", "STATUS", "EVENTS"], rightAligned: [2])
            for r in relatives {
                table.add([r.person, r.name, "\(r.distance)", r.kinship, r.status.rawValue, r.events.joined(separator: ", ")])
            }
            out += table.text
            let tally = [ImplicationStatus.punished, .unlinked, .atRisk].map { status in
                "\(relatives.filter { $0.status == status }.count) \(status.rawValue)"
            }
            out += "\n" + tally.joined(separator: ", ") + "\n"
        }
        let punished = relatives.filter { !$0.chains.isEmpty }
        if !punished.isEmpty {
            out += "\nChains:\n"
            for r in punished {
                for line in chains.chains(r.chains) { out += "  \(r.person) (\(r.kinship)): " + line + "\n" }
            }
        }
        if !others.isEmpty {
            out += "\nOthers punished through links:\n"
            for other in others {
                for line in chains.chains(other.chains) { out += "  \(other.person) \(other.name): " + line + "\n" }
            }
        }
        let unlinked = relatives.filter { $0.status == .unlinked }
        if !unlinked.isEmpty {
            out += "\nUnlinked (punished after the escape, no link from it: leads worth investigating):\n"
            for r in unlinked {
                out += "  \(r.person) (\(r.kinship)): " + r.events.map(chains.event).joined(separator: "; ") + "\n"
            }
        }
        return out
    }
}
