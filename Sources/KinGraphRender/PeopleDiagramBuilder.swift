import KinGraphCore

/// Builds the *people* view: a node per person, their ties, and "punished because
/// of" arrows from the person whose act caused a punishment to the person punished.
///
/// Give it the archive as it may be published: `Redactor.redact` first unless the
/// protected people are to be revealed. Ids passed in are ids of that archive.
///
///     let builder = PeopleDiagramBuilder(archive: redactor.redact(archive))
///     let diagram = builder.diagram(people: ["P-1", "P-2"], focus: "P-1", question: .becauseOf(person: "P-1"))
public struct PeopleDiagramBuilder: Sendable {
    let lookup: ArchiveLookup

    public init(archive: Archive) {
        lookup = ArchiveLookup(archive)
    }

    init(lookup: ArchiveLookup) {
        self.lookup = lookup
    }

    /// The diagram of `people` (unknown ids are skipped): every tie between two of
    /// them, every link from an event of one to an event of another, households as
    /// clusters. `focus` is drawn to stand out; `notes` adds label lines to people
    /// (e.g. their kinship to the focus).
    ///
    /// - Complexity: O(p log p + t log t + l log l) for p people, and the t ties and
    ///   l links of those people (not of the whole archive).
    public func diagram(
        people: some Sequence<String>, focus: String?, question: DiagramQuestion, notes: [String: [String]] = [:]
    ) -> Diagram {
        var seen = Set<String>()
        let ids = people.filter { lookup.person($0) != nil && seen.insert($0).inserted }.sorted()
        let drawn = Set(ids)
        let ties = lookup.ties(among: ids)
        let (causal, actors) = causalEdges(among: drawn, generations: Households.generations(ids, ties: ties))

        var diagram = Diagram(title: lookup.title(question))
        diagram.nodes = ids.compactMap { id in
            lookup.person(id).map { node(for: $0, focus: focus, actors: actors, notes: notes[id] ?? []) }
        }
        diagram.edges = ties.map(edge(for:)) + causal
        diagram.clusters = Households.group(ids, ties: ties).enumerated().map { index, members in
            Diagram.Cluster(id: "household-\(index + 1)", look: .household, members: members)
        }
        return diagram
    }

    private func node(for person: Person, focus: String?, actors: Set<String>, notes: [String]) -> Diagram.Node {
        var label = [person.name]
        if let hangul = person.hangul, !hangul.isEmpty { label.append(hangul) }
        if let born = person.born { label.append("b. " + (born.earliest.map { String($0.year) } ?? born.text)) }
        label.append(person.status == nil || person.status == .unknown ? "status unknown" : NodeFill.status(person.status).meaning)
        label += notes

        let events = lookup.events(of: person.id).sorted(by: ArchiveLookup.chronological)
        let shape: NodeShape
        if person.id == focus {
            shape = .focus
        } else if events.contains(where: \.kind.isPunitive) {
            shape = .punished
        } else if actors.contains(person.id) {
            shape = .actor
        } else {
            shape = .person
        }
        var tooltip = [person.name + " (\(person.id))"]
        tooltip += ArchiveLookup.provenance(confidence: nil, sources: person.sources)
        for event in events {
            tooltip.append(
                "\(ArchiveLookup.dateText(event.date)) \(ArchiveLookup.words(event.kind.rawValue))"
                    + " (\(event.effectiveConfidence.rawValue); \(event.sources.joined(separator: ", ")))")
        }
        return Diagram.Node(
            id: person.id, label: label, tooltip: tooltip, fill: .status(person.status), shape: shape)
    }

    private func edge(for tie: Tie) -> Diagram.Edge {
        let look: EdgeLook
        var label: [String] = []
        switch tie.kind {
        case .parent: look = .parent
        case .spouse: look = .spouse
        case .sibling: look = .sibling
        case .relative: look = .relative
        case .friend, .neighbour, .colleague, .broker, .associate:
            look = .otherTie
            label = [tie.kind.rawValue]
        }
        let tooltip =
            ["\(lookup.name(tie.from)) – \(lookup.name(tie.to)): \(tie.kind.rawValue)"]
            + ArchiveLookup.provenance(confidence: tie.effectiveConfidence, sources: tie.sources)
        return Diagram.Edge(from: tie.from, to: tie.to, label: label, tooltip: tooltip, look: look)
    }

    /// An arrow per link whose cause and effect belong to two different people drawn,
    /// and the people whose acts caused them. An arrow from a younger generation to
    /// an older one of the same family is drawn upward, so that a son's escape
    /// punishing his father does not draw the father below the son.
    private func causalEdges(among drawn: Set<String>, generations: [String: (family: Int, generation: Int)]) -> (
        edges: [Diagram.Edge], actors: Set<String>
    ) {
        var edges: [Diagram.Edge] = []
        var actors = Set<String>()
        for (link, cause, effect) in lookup.links(between: drawn) {
            actors.insert(cause.person)
            let kind = ArchiveLookup.words(link.kind.rawValue)
            let tooltip =
                [
                    "\(ArchiveLookup.words(cause.kind.rawValue)) \(ArchiveLookup.dateText(cause.date)) (\(cause.id))"
                        + " → \(ArchiveLookup.words(effect.kind.rawValue)) \(ArchiveLookup.dateText(effect.date)) (\(effect.id))",
                    "Link: \(link.kind.rawValue)",
                ] + ArchiveLookup.provenance(confidence: link.effectiveConfidence, sources: link.sources)
            edges.append(
                Diagram.Edge(
                    from: cause.person, to: effect.person,
                    label: [kind, ArchiveLookup.dateText(effect.date)], tooltip: tooltip,
                    look: effect.kind.isPunitive ? .punishedBecauseOf : .ledTo,
                    upward: isOlder(effect.person, than: cause.person, generations)))
        }
        return (edges, actors)
    }

    /// `true` when `a` is of an older generation than `b` in the same family.
    private func isOlder(_ a: String, than b: String, _ generations: [String: (family: Int, generation: Int)]) -> Bool {
        guard let x = generations[a], let y = generations[b], x.family == y.family else { return false }
        return x.generation < y.generation
    }
}
