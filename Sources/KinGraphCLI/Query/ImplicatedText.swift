import KinGraphCore

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
