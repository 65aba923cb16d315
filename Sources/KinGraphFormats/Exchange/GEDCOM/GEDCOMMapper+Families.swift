import KinGraphCore

extension GEDCOMMapper {
    /// Families with more children than this get sibling ties in a chain rather than between every pair.
    static let siblingPairLimit = 64

    /// Maps one FAM record: spouse tie between the partners, parent ties to each child.
    mutating func mapFamily(_ record: Int) {
        let node = tree.nodes[record]
        guard let xref = node.xref, records[xref]?.node == record else { return }
        var partners: [(id: String, line: Int)] = []
        var children: [(id: String, line: Int)] = []
        for child in node.children {
            let c = tree.nodes[child]
            switch c.tag {
            case "HUSB", "WIFE", "CHIL":
                // GEDCOM 7's @VOID@ stands for an unknown person.
                if c.value.trimmingCharacters(in: " \t") == "@VOID@" { continue }
                guard let pointer = c.value.gedcomPointer else {
                    notes.append(ExchangeNote(.warning, line: c.line, "\(c.tag) without a pointer to a person is left out"))
                    continue
                }
                let role = c.tag == "CHIL" ? "child" : "partner"
                guard let id = resolve(pointer, "INDI", line: c.line, what: "this \(role) of family @\(xref)@") else { continue }
                if c.tag == "CHIL" { children.append((id, c.line)) } else { partners.append((id, c.line)) }
            case "SOUR":
                continue
            default:
                unmapped.add("FAM", c.tag, line: c.line)
            }
        }
        let cited = citations(under: record)
        if partners.count >= 2 {
            addTie(Tie(from: partners[0].id, to: partners[1].id, kind: .spouse, sources: SourceList(cited)), line: partners[1].line)
            if partners.count > 2 {
                notes.append(ExchangeNote(.warning, line: partners[2].line, "family @\(xref)@ has more than two partners; only the first two are married to each other"))
            }
        }
        for child in children {
            for partner in partners {
                addTie(Tie(from: partner.id, to: child.id, kind: .parent, sources: SourceList(cited)), line: child.line)
            }
        }
        if partners.isEmpty && children.count >= 2 {
            if children.count <= Self.siblingPairLimit {
                for i in children.indices {
                    for j in children.indices where j > i {
                        addTie(Tie(from: children[i].id, to: children[j].id, kind: .sibling, sources: SourceList(cited)), line: children[j].line)
                    }
                }
            } else {
                for i in children.indices.dropFirst() {
                    addTie(Tie(from: children[i - 1].id, to: children[i].id, kind: .sibling, sources: SourceList(cited)), line: children[i].line)
                }
            }
        }
    }

    /// Leaves out each parent tie that would make someone their own ancestor, with a note.
    /// - Complexity: O(people + ties).
    mutating func dropCycles() {
        let parentTies = ties.indices.filter { ties[$0].kind == .parent }
        let cycles = ParentCycles.find(parentTies.map { (ties[$0].from, ties[$0].to) })
        guard !cycles.isEmpty else { return }
        var drop = Set<Int>()
        for cycle in cycles {
            let index = parentTies[cycle.edge]
            drop.insert(index)
            let shown = cycle.people.count > 8
                ? cycle.people.prefix(4).map { "@\($0)@" }.joined(separator: " → ") + " → … → @\(cycle.people.last ?? "")@"
                : cycle.people.map { "@\($0)@" }.joined(separator: " → ")
            let tie = ties[index]
            notes.append(
                ExchangeNote(
                    .warning, line: tieLines[index],
                    "@\(tie.to)@ would be their own ancestor (\(shown), each a parent of the next); the parent tie from @\(tie.from)@ to @\(tie.to)@ is left out"
                ))
        }
        ties = ties.indices.filter { !drop.contains($0) }.map { ties[$0] }
        tieLines = tieLines.indices.filter { !drop.contains($0) }.map { tieLines[$0] }
    }

    /// Keeps one tie per pair and kind (either direction for symmetric kinds), merging their sources.
    mutating func mergeDuplicateTies() {
        var seen: [String: Int] = [:]
        var kept: [Tie] = []
        for tie in ties {
            let (a, b) = tie.kind.isSymmetric && tie.to < tie.from ? (tie.to, tie.from) : (tie.from, tie.to)
            let key = tie.kind.rawValue + "\u{0}" + a + "\u{0}" + b
            if let i = seen[key] {
                for s in tie.sources where !kept[i].sources.contains(s) { kept[i].sources.append(s) }
            } else {
                seen[key] = kept.count
                kept.append(tie)
            }
        }
        ties = kept
    }
}
