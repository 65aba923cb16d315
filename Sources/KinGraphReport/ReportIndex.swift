import KinGraphCore

/// The archive's records by id, the events of each person in date order, the links
/// into each event and the ties of each person: what the dossier looks things up in.
struct ReportIndex: Sendable {
    let archive: Archive
    let people: [String: Person]
    let sources: [String: Source]
    let events: [String: Event]
    /// Event ids of each person, in date order (undated last), then by id.
    let eventsOf: [String: [String]]
    /// Indexes into `archive.links` of the links whose effect is the event.
    let causesOf: [String: [Int]]
    /// Each person's ties (indexes into `archive.ties`).
    let tiesOf: [String: [Int]]

    /// - Complexity: O(p + t + e log e + l).
    init(_ archive: Archive) {
        self.archive = archive
        people = Dictionary(archive.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sources = Dictionary(archive.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        events = Dictionary(archive.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var eventsOf: [String: [Event]] = [:]
        for event in archive.events { eventsOf[event.person, default: []].append(event) }
        self.eventsOf = eventsOf.mapValues { $0.sorted(by: ReportIndex.precedes).map(\.id) }
        var causes: [String: [Int]] = [:]
        for (i, link) in archive.links.enumerated() { causes[link.effect, default: []].append(i) }
        causesOf = causes
        var ties: [String: [Int]] = [:]
        for (i, tie) in archive.ties.enumerated() {
            ties[tie.from, default: []].append(i)
            if tie.to != tie.from { ties[tie.to, default: []].append(i) }
        }
        tiesOf = ties
    }

    /// Date order: earliest day first, undated last, then by id.
    static func precedes(_ a: Event, _ b: Event) -> Bool {
        switch (a.date?.earliest, b.date?.earliest) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return a.date != nil
        case (_?, nil): return b.date == nil
        default: return a.id < b.id
        }
    }

    /// The person's punitive events, in date order.
    func punitiveEvents(of person: String) -> [Event] {
        (eventsOf[person] ?? []).compactMap { events[$0] }.filter { $0.kind.isPunitive }
    }

    /// Whether the person has a punitive event.
    func isVictim(_ person: String) -> Bool {
        (eventsOf[person] ?? []).contains { events[$0]?.kind.isPunitive == true }
    }

    /// What `other` is to `person` by a direct family tie ("wife", "father"), or `nil`.
    func relation(of other: String, to person: String) -> String? {
        guard other != person else { return nil }
        let sex = people[other]?.sex
        for i in tiesOf[person] ?? [] {
            let tie = archive.ties[i]
            guard tie.kind.isFamily, tie.from == other || tie.to == other else { continue }
            let step: KinStep
            switch tie.kind {
            case .parent: step = tie.from == person ? .child : .parent
            case .spouse: step = .spouse
            case .sibling: step = .sibling
            default: step = .relative
            }
            return Kinship.term([step], sex: sex)
        }
        return nil
    }
}
