import KinGraphCore

/// The records of an archive by id, for the diagram builders: the `ArchiveGraph` of
/// the archive as drawn, with the ties, events and links below `minConfidence` left
/// out as they are met (and links whose events are left out). Each lookup costs what
/// the diagram draws, never a pass over the whole archive, so a server that holds the
/// graph already draws a 200-person answer from a million-person archive as fast as
/// from a small one.
struct ArchiveLookup: Sendable {
    let graph: ArchiveGraph
    let minConfidence: Confidence
    /// The latest date among the archive's sources, for the title.
    let latestSourceDate: FuzzyDate?

    /// The lookup over `graph` as it is (nothing is copied or indexed again).
    ///
    /// - Complexity: O(s) for s sources (the archive's date).
    init(graph: ArchiveGraph, minConfidence: Confidence = .hearsay) {
        self.graph = graph
        self.minConfidence = minConfidence
        let dates = graph.archive.sources.compactMap(\.date)
        latestSourceDate = dates.max {
            ($0.latest ?? $0.earliest ?? Day(ordinal: .min)) < ($1.latest ?? $1.earliest ?? Day(ordinal: .min))
        }
    }

    /// The lookup over `archive`, indexed here. Records that do not fit together (a
    /// second record with an id already taken; a tie, event or link naming no one) are
    /// left out of the drawing instead of failing it.
    ///
    /// - Complexity: O(p + t + e + l).
    init(_ archive: Archive, minConfidence: Confidence = .hearsay) {
        self.init(graph: Self.graph(of: archive), minConfidence: minConfidence)
    }

    var archive: Archive { graph.archive }

    // MARK: People and events

    /// The person with `id`, if any.
    func person(_ id: String) -> Person? { graph.personIndex(id).map(graph.person) }

    /// The name shown for a person id: their name, or the id when unknown.
    func name(_ id: String) -> String { person(id)?.name ?? id }

    /// The event with `id`, unless it is unknown or below the confidence drawn.
    func event(_ id: String) -> Event? {
        guard let e = graph.eventIndex(id) else { return nil }
        let event = graph.event(e)
        return event.effectiveConfidence >= minConfidence ? event : nil
    }

    /// The events drawn of the person with `id`, in archive order.
    func events(of id: String) -> [Event] {
        guard let p = graph.personIndex(id) else { return [] }
        return graph.events(of: p).map(graph.event).filter { $0.effectiveConfidence >= minConfidence }
    }

    /// The ids of every event of the person with `id`, whatever its confidence.
    func eventIDs(of id: String) -> [String] {
        guard let p = graph.personIndex(id) else { return [] }
        return graph.events(of: p).map { graph.event($0).id }
    }

    // MARK: Ties and links among what is drawn

    /// The ties drawn between two of `people`, in archive order.
    ///
    /// - Complexity: O(d log d) for d ties of the people given.
    func ties(among people: [String]) -> [Tie] {
        let drawn = Set(people)
        var found: [Int32] = []
        for id in drawn {
            guard let p = graph.personIndex(id) else { continue }
            for t in graph.ties(of: p) {
                let tie = archive.ties[Int(t)]
                // Each tie is listed under both its people: take it once, from its `from`.
                guard tie.from == id, drawn.contains(tie.to), tie.effectiveConfidence >= minConfidence else { continue }
                found.append(t)
            }
        }
        return found.sorted().map { archive.ties[Int($0)] }
    }

    /// The links drawn from one of `events` to another, in archive order.
    ///
    /// - Complexity: O(k log k) for k links caused by the events given.
    func links(among events: [Event]) -> [Link] {
        let drawn = Set(events.map(\.id))
        var found: [Int32] = []
        for id in drawn {
            guard let e = graph.eventIndex(id) else { continue }
            for l in graph.links(causedBy: e) where drawn.contains(archive.links[Int(l)].effect) && kept(l) {
                found.append(l)
            }
        }
        return found.sorted().map { archive.links[Int($0)] }
    }

    /// The links drawn from an event of one of `people` to an event of another of
    /// them, in archive order, with their cause and effect.
    ///
    /// - Complexity: O(k log k) for k links caused by the events of the people given.
    func links(between people: Set<String>) -> [(link: Link, cause: Event, effect: Event)] {
        var found: [Int32] = []
        for id in people {
            guard let p = graph.personIndex(id) else { continue }
            for e in graph.events(of: p) {
                for l in graph.links(causedBy: e) {
                    guard let effect = graph.eventIndex(archive.links[Int(l)].effect).map(graph.event),
                        effect.person != id, people.contains(effect.person), kept(l)
                    else { continue }
                    found.append(l)
                }
            }
        }
        return found.sorted().compactMap { l in
            let link = archive.links[Int(l)]
            guard let cause = event(link.cause), let effect = event(link.effect) else { return nil }
            return (link, cause, effect)
        }
    }

    /// Whether link `l` is drawn: it and both its events are at the confidence drawn.
    private func kept(_ l: Int32) -> Bool {
        let link = archive.links[Int(l)]
        return link.effectiveConfidence >= minConfidence && event(link.cause) != nil && event(link.effect) != nil
    }

    // MARK: Text

    /// Title lines: the archive's title, the question, and the archive's date (the
    /// latest date among its sources).
    func title(_ question: DiagramQuestion) -> [String] {
        [
            archive.title ?? "Untitled archive",
            question.text(name: name),
            latestSourceDate.map { "Archive as of \($0.text)" } ?? "Archive undated",
        ]
    }

    /// "Sources: T-1, T-2" and the confidence, for tooltips.
    static func provenance(confidence: Confidence?, sources: some Collection<String>) -> [String] {
        var lines = ["Sources: " + (sources.isEmpty ? "none" : sources.joined(separator: ", "))]
        if let confidence { lines.append("Confidence: \(confidence.rawValue)") }
        return lines
    }

    /// Date order: dated events first, by date, then by id.
    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// `2014-03`, or "undated".
    static func dateText(_ date: FuzzyDate?) -> String { date?.text ?? "undated" }

    /// An event kind in words: `death-in-custody` → "death in custody".
    static func words(_ raw: String) -> String { String(raw.map { $0 == "-" ? " " : $0 }) }

    // MARK: Indexing an archive that may not be valid

    /// The graph of `archive`, or of the part of it that fits together.
    private static func graph(of archive: Archive) -> ArchiveGraph {
        if let graph = try? ArchiveGraph(archive) { return graph }
        if let graph = try? ArchiveGraph(consistent(archive)) { return graph }
        // Only an archive over the graph's size limit gets here: draw nothing from it.
        return .empty(title: archive.title)
    }

    /// `archive` without what the graph cannot hold: a second record with an id
    /// already taken, ties to no one or to themself, events of no one, links to no event.
    private static func consistent(_ archive: Archive) -> Archive {
        var kept = archive
        var seen = Set<String>()
        kept.sources = archive.sources.filter { seen.insert($0.id).inserted }
        seen = []
        kept.people = archive.people.filter { seen.insert($0.id).inserted }
        let people = seen
        kept.ties = archive.ties.filter { $0.from != $0.to && people.contains($0.from) && people.contains($0.to) }
        seen = []
        kept.events = archive.events.filter { people.contains($0.person) && seen.insert($0.id).inserted }
        let events = seen
        kept.links = archive.links.filter { events.contains($0.cause) && events.contains($0.effect) }
        return kept
    }
}
