import KinGraphCore

extension QueryDiagrams {
    /// `because-of`: the person, everyone punished because of them, and everyone on
    /// the chains between (events view: the events of the chains).
    public func becauseOf(_ result: BecauseOfResult, view: DiagramView) -> Diagram {
        let chains = result.results.flatMap { $0.events.map(\.chain) }
        let eventIDs = unique(chains.flatMap { $0 })
        let ids = unique([result.person] + result.results.map(\.person) + peopleOf(eventIDs))
        return draw(
            people: ids, events: eventIDs, focus: result.person, question: .becauseOf(person: result.person),
            view: view)
    }

    /// `implicated`: the person, their relatives (labelled with kinship and status),
    /// the others punished, and everyone on the chains between.
    public func implicated(_ result: ImplicatedResult, view: DiagramView) -> Diagram {
        var events: [String] = result.escapes
        for relative in result.relatives { events += relative.chains.flatMap(\.chain) + relative.events }
        for other in result.others { events += other.chains.flatMap(\.chain) + other.events }
        let eventIDs = unique(events)
        var people: [String] = [result.person]
        people += result.relatives.map(\.person)
        people += result.others.map(\.person)
        let ids = unique(people + peopleOf(eventIDs))
        var notes: [String: [String]] = [:]
        for relative in result.relatives {
            let status: String
            switch relative.status {
            case .punished: status = "punished for the escape"
            case .unlinked: status = "punished, link unknown"
            case .atRisk: status = "at risk"
            }
            notes[relative.person] = ["\(relative.kinship): \(status)"]
        }
        for other in result.others { notes[other.person] = ["punished (not family)"] }
        return draw(
            people: ids, events: eventIDs, focus: result.person,
            question: .implicated(person: result.person, depth: result.depth), view: view, notes: notes)
    }

    /// `path`: the people on the path and the ties between them; no path gives an
    /// empty diagram that says so.
    public func path(_ result: PathResult, view: DiagramView) -> Diagram {
        let ids = result.path ?? []
        let eventIDs = eventIDs(of: ids)
        var notes: [String: [String]] = [:]
        for (step, person) in ids.enumerated() {
            notes[person] = [step == 0 ? "start of the path" : step == ids.count - 1 ? "end of the path" : "step \(step)"]
        }
        var diagram = draw(
            people: ids, events: eventIDs, focus: result.from, question: .path(from: result.from, to: result.to),
            view: view, notes: notes)
        if result.path == nil { diagram.emptyMessage = "No connection found" }
        return diagram
    }

    /// `neighbors`: the person and everyone within the depth, labelled with their distance.
    public func neighbors(_ result: NeighborsResult, view: DiagramView) -> Diagram {
        let ids = [result.person] + result.results.map(\.person)
        var notes: [String: [String]] = [:]
        for neighbor in result.results {
            notes[neighbor.person] = [neighbor.distance == 1 ? "1 step away" : "\(neighbor.distance) steps away"]
        }
        let eventIDs = eventIDs(of: ids)
        return draw(
            people: ids, events: eventIDs, focus: result.person,
            question: .neighbors(person: result.person, depth: result.depth), view: view, notes: notes)
    }

    /// `timeline`: the person's events and every event linked to them (people view:
    /// the people those events belong to).
    public func timeline(_ result: TimelineResult, view: DiagramView) -> Diagram {
        let eventIDs = result.events.map(\.event)
        let ids = unique([result.person] + result.events.map(\.person))
        return draw(
            people: ids, events: eventIDs, focus: result.person, question: .timeline(person: result.person),
            view: view)
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
