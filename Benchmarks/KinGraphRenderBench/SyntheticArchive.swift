import KinGraphCore

/// A made-up archive of `families` households (two parents, three children; every
/// person invented) in which one child of each family escapes and both parents are
/// arrested for it, and neighbouring families know each other.
enum SyntheticArchive {
    static func make(people count: Int) -> Archive {
        let families = max(1, count / 5)
        var people: [Person] = [], ties: [Tie] = [], events: [Event] = [], links: [Link] = []
        let source = ["T-1"]
        for f in 0..<families {
            let ids = (0..<5).map { "P-\(f)-\($0)" }
            for (i, id) in ids.enumerated() {
                people.append(
                    Person(
                        id: id, name: "Person \(f)-\(i)", hangul: "가족\(f)", status: i < 2 ? .detained : .unknown,
                        isProtected: i == 4, sources: SourceList(source)))
            }
            ties.append(Tie(from: ids[0], to: ids[1], kind: .spouse, sources: SourceList(source)))
            for parent in 0..<2 {
                for child in 2..<5 { ties.append(Tie(from: ids[parent], to: ids[child], kind: .parent, sources: SourceList(source))) }
            }
            if f > 0 { ties.append(Tie(from: ids[2], to: "P-\(f - 1)-3", kind: .friend, sources: SourceList(source))) }
            let escape = "E-\(f)-0"
            events.append(Event(id: escape, person: ids[2], kind: .defection, date: try? FuzzyDate(parsing: "2013"), sources: SourceList(source)))
            for parent in 0..<2 {
                let arrest = "E-\(f)-\(parent + 1)"
                events.append(
                    Event(id: arrest, person: ids[parent], kind: .arrest, date: try? FuzzyDate(parsing: "2014"), sources: SourceList(source)))
                links.append(Link(cause: escape, effect: arrest, kind: .guiltByAssociation, sources: SourceList(source)))
            }
        }
        return Archive(
            title: "Synthetic benchmark archive", sources: [Source(id: "T-1", kind: .testimony)], people: people,
            ties: ties, events: events, links: links)
    }
}
