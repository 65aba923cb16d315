import KinGraphCore

/// Builds the *events* view: a node per event, grouped in one box per person, links
/// as arrows labelled by kind, time running left to right with dated events placed
/// by year.
///
/// Give it the archive as it may be published (`Redactor.redact` first unless the
/// protected people are to be revealed).
public struct EventsDiagramBuilder: Sendable {
    let lookup: ArchiveLookup

    public init(archive: Archive) {
        lookup = ArchiveLookup(archive)
    }

    init(lookup: ArchiveLookup) {
        self.lookup = lookup
    }

    /// The diagram of `events` (unknown ids are skipped) and every link between two
    /// of them. The events of `focus` are drawn to stand out.
    ///
    /// - Complexity: O(e log e + l log l) for e events drawn and the l links they cause.
    public func diagram(events: some Sequence<String>, focus: String?, question: DiagramQuestion) -> Diagram {
        var seen = Set<String>()
        let drawnEvents = events.compactMap { id -> Event? in
            guard seen.insert(id).inserted else { return nil }
            return lookup.event(id)
        }.sorted(by: ArchiveLookup.chronological)

        var diagram = Diagram(title: lookup.title(question), direction: .leftToRight, emptyMessage: "No events found")
        diagram.nodes = drawnEvents.map { node(for: $0, focus: focus) }
        diagram.edges = lookup.links(among: drawnEvents).map { link in
            Diagram.Edge(
                from: link.cause, to: link.effect, label: [ArchiveLookup.words(link.kind.rawValue)],
                tooltip: ["\(link.cause) → \(link.effect): \(link.kind.rawValue)"]
                    + ArchiveLookup.provenance(confidence: link.effectiveConfidence, sources: link.sources),
                look: .link(link.kind))
        }
        // One box per person, people in the order of their first event.
        var order: [String] = []
        var members: [String: [String]] = [:]
        for event in drawnEvents {
            if members[event.person] == nil { order.append(event.person) }
            members[event.person, default: []].append(event.id)
        }
        diagram.clusters = order.map { person in
            var label = [lookup.name(person)]
            if let status = lookup.person(person)?.status { label.append(ArchiveLookup.words(status.rawValue)) }
            return Diagram.Cluster(id: person, label: label, look: .personEvents, members: members[person] ?? [])
        }
        var years: [Int: [String]] = [:]
        for event in drawnEvents {
            if let year = event.date?.earliest?.year { years[year, default: []].append(event.id) }
        }
        diagram.years = years.keys.sorted().map { Diagram.YearMark(year: $0, members: years[$0] ?? []) }
        return diagram
    }

    private func node(for event: Event, focus: String?) -> Diagram.Node {
        var label = [ArchiveLookup.words(event.kind.rawValue), ArchiveLookup.dateText(event.date)]
        let whereText = [event.facility, event.place].compactMap { $0 }.filter { !$0.isEmpty }
        if !whereText.isEmpty { label.append(whereText.joined(separator: ", ")) }
        if let agency = event.agency, !agency.isEmpty { label.append(agency) }

        var tooltip = ["\(event.id): \(event.kind.rawValue) of \(lookup.name(event.person))"]
        if let reason = event.reason { tooltip.append("Reason: \(reason.rawValue)") }
        if let country = event.country { tooltip.append("Country: \(country)") }
        if let caseID = event.caseID { tooltip.append("Case: \(caseID)") }
        tooltip += ArchiveLookup.provenance(confidence: event.effectiveConfidence, sources: event.sources)
        return Diagram.Node(
            id: event.id, label: label, tooltip: tooltip, fill: .event(event.kind),
            shape: event.person == focus ? .focusEvent : .event)
    }
}
