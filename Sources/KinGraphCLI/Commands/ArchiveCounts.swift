import KinGraphCore

extension Archive {
    /// "3 sources, 5 people, 4 ties, 6 events, 3 links".
    var countsLine: String {
        [
            Problem.plural(sources.count, "source"),
            people.count == 1 ? "1 person" : "\(people.count) people",
            Problem.plural(ties.count, "tie"),
            Problem.plural(events.count, "event"),
            Problem.plural(links.count, "link"),
        ].joined(separator: ", ")
    }
}
