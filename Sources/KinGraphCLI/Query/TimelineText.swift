import KinGraphCore

extension TimelineResult {
    /// One row per event in date order, with whose it is, its sources and its links.
    func text() -> String {
        guard !events.isEmpty else { return "No events of \(name) (\(person)).\n" }
        let out = "Timeline of \(name) (\(person)): \(count(events.count, "event", "events"))\n\n"
        var table = TextTable(["DATE", "EVENT", "KIND", "PERSON", "PLACE", "SOURCES", "LINKS"])
        for e in events {
            let who = e.person == person ? e.person : "\(e.person) \(e.name)"
            let place = [e.place, e.country].compactMap { $0 }.joined(separator: ", ")
            let links =
                e.causes.map { "← \($0.kind.rawValue) \($0.event)" } + e.effects.map { "→ \($0.kind.rawValue) \($0.event)" }
            table.add([
                e.date?.text ?? "undated", e.event, e.kind.rawValue, who, place, e.sources.joined(separator: ", "),
                links.joined(separator: "; "),
            ])
        }
        return out + table.text
    }
}
