import KinGraphCore

/// Events and chains written out for reading:
/// `E-0002 escape-attempt 2013-04 Hyesan → guilt-by-association → E-0031 detention 2014-03 (T-017, T-022)`.
struct ChainText {
    let graph: ArchiveGraph

    /// `E-0002 escape-attempt 2013-04 Hyesan`: id, kind, date and place, when known.
    func event(_ id: String) -> String {
        guard let e = graph.eventIndex(id) else { return id }
        let record = graph.event(e)
        return [record.id, record.kind.rawValue, record.date?.text, record.place].compactMap { $0 }
            .joined(separator: " ")
    }

    /// The chain from its first event, each link's kind, and after each later event
    /// the sources of the link and of that event.
    func chain(_ ids: [String], _ links: [ChainLink]) -> String {
        guard let first = ids.first else { return "" }
        var text = event(first)
        for link in links {
            var sources = link.sources
            if let e = graph.eventIndex(link.effect) {
                for source in graph.event(e).sources where !sources.contains(source) { sources.append(source) }
            }
            text += " → \(link.kind.rawValue) → \(event(link.effect))"
            if !sources.isEmpty { text += " (" + sources.joined(separator: ", ") + ")" }
        }
        return text
    }

    /// The chains of `events` written out, leaving out any chain that a longer one in
    /// the list continues (it names the same events and links).
    func chains(_ events: [ReachedEvent]) -> [String] {
        events.filter { event in
            !events.contains { other in
                other.chain.count > event.chain.count && other.chain.starts(with: event.chain)
                    && other.links.starts(with: event.links)
            }
        }.map { chain($0.chain, $0.links) }
    }

    /// `Kim Chol-su (P-0001)`.
    func person(_ id: String) -> String {
        guard let p = graph.personIndex(id) else { return id }
        return "\(graph.person(p).name) (\(id))"
    }
}
