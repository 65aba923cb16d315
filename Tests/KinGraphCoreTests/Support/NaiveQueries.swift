@testable import KinGraphCore

/// The queries written the plain way, straight from QUERIES.md, on dictionaries and
/// sets: slow, but obviously right. Property tests compare the graph against these.
struct NaiveQueries {
    let archive: Archive
    let level: Confidence
    let people: [String: Person]
    let events: [String: Event]  // kept at `level`
    let ties: [Tie]  // kept at `level`
    let links: [Link]  // kept at `level`, between kept events

    init(_ archive: Archive, level: Confidence) {
        self.archive = archive
        self.level = level
        people = Dictionary(uniqueKeysWithValues: archive.people.map { ($0.id, $0) })
        let events = Dictionary(uniqueKeysWithValues: archive.events.filter { $0.effectiveConfidence >= level }.map { ($0.id, $0) })
        self.events = events
        ties = archive.ties.filter { $0.effectiveConfidence >= level }
        links = archive.links.filter { $0.effectiveConfidence >= level && events[$0.cause] != nil && events[$0.effect] != nil }
    }

    static func dateKey(_ date: FuzzyDate?) -> Int64 {
        guard let date else { return .max }
        return date.earliest.map { Int64($0.ordinal) } ?? .min
    }

    /// Every event reached from `starts` by links, with the smallest shortest chain.
    func chains(from starts: [String]) -> [String: [String]] {
        var distance: [String: Int] = [:]
        var frontier = starts.filter { events[$0] != nil }
        for s in frontier { distance[s] = 0 }
        var d = 0
        while !frontier.isEmpty {
            d += 1
            var next: [String] = []
            for link in links where frontier.contains(link.cause) && distance[link.effect] == nil {
                distance[link.effect] = d
                next.append(link.effect)
            }
            frontier = next
        }
        var best: [String: [String]] = [:]
        for (e, dist) in distance.sorted(by: { $0.value < $1.value }) {
            if dist == 0 {
                best[e] = [e]
                continue
            }
            for link in links where link.effect == e && distance[link.cause] == dist - 1 {
                let candidate = (best[link.cause] ?? []) + [e]
                if best[e].map({ candidate.lexicographicallyPrecedes($0) }) ?? true { best[e] = candidate }
            }
        }
        return best
    }

    func becauseOf(_ person: String) -> [(person: String, events: [(event: String, chain: [String])])] {
        let starts = events.values.filter { $0.person == person }.map(\.id)
        let found = chains(from: starts).filter { events[$0.key]!.kind.isPunitive && events[$0.key]!.person != person }
        let sorted = found.sorted { a, b in
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            let da = Self.dateKey(events[a.key]!.date), db = Self.dateKey(events[b.key]!.date)
            return da != db ? da < db : a.key < b.key
        }
        var out: [(person: String, events: [(event: String, chain: [String])])] = []
        for (e, chain) in sorted {
            let p = events[e]!.person
            if let i = out.firstIndex(where: { $0.person == p }) {
                out[i].events.append((e, chain))
            } else {
                out.append((p, [(e, chain)]))
            }
        }
        // People by their first event's chain length and date, then by person id.
        func key(_ group: (person: String, events: [(event: String, chain: [String])])) -> (Int, Int64) {
            (group.events[0].chain.count, Self.dateKey(events[group.events[0].event]!.date))
        }
        return out.sorted { a, b in key(a) != key(b) ? key(a) < key(b) : a.person < b.person }
    }

    /// Distances over ties from `person` (itself at 0).
    func distances(from person: String, depth: Int, familyOnly: Bool) -> [String: Int] {
        var distance = [person: 0]
        var frontier: Set<String> = [person]
        for d in stride(from: 1, through: depth, by: 1) {
            var next = Set<String>()
            for tie in ties where !familyOnly || tie.kind.isFamily {
                for (a, b) in [(tie.from, tie.to), (tie.to, tie.from)] where frontier.contains(a) && distance[b] == nil {
                    next.insert(b)
                }
            }
            for p in next { distance[p] = d }
            frontier = next
            if next.isEmpty { break }
        }
        return distance
    }

    func path(_ a: String, _ b: String, familyOnly: Bool) -> (people: [String], ties: [TieKind])? {
        let toB = distances(from: b, depth: Int.max, familyOnly: familyOnly)
        guard var left = toB[a] else { return nil }
        var people = [a], kinds: [TieKind] = []
        var at = a
        while left > 0 {
            var options: [String: TieKind] = [:]
            for tie in ties where !familyOnly || tie.kind.isFamily {
                for (x, y) in [(tie.from, tie.to), (tie.to, tie.from)] where x == at && toB[y] == left - 1 {
                    let order = { (k: TieKind) in TieKind.allCases.firstIndex(of: k) ?? 0 }
                    if let old = options[y], order(old) <= order(tie.kind) { continue }
                    options[y] = tie.kind
                }
            }
            let next = options.keys.min()!
            people.append(next)
            kinds.append(options[next]!)
            at = next
            left -= 1
        }
        return (people, kinds)
    }

    /// Family relatives within `depth`, with the smallest steps among shortest paths.
    func kin(_ person: String, depth: Int) -> [String: [KinStep]] {
        let distance = distances(from: person, depth: depth, familyOnly: true)
        var best: [String: [KinStep]] = [person: []]
        for (p, d) in distance.sorted(by: { $0.value < $1.value }) where d > 0 {
            for tie in ties where tie.kind.isFamily {
                for (u, v, reversed) in [(tie.from, tie.to, false), (tie.to, tie.from, true)]
                where v == p && distance[u] == d - 1 {
                    let step: KinStep
                    switch tie.kind {
                    case .parent: step = reversed ? .parent : .child
                    case .spouse: step = .spouse
                    case .sibling: step = .sibling
                    default: step = .relative
                    }
                    let candidate = (best[u] ?? []) + [step]
                    if best[p].map({ candidate.lexicographicallyPrecedes($0) }) ?? true { best[p] = candidate }
                }
            }
        }
        best[person] = nil
        return best
    }

    func implicated(_ person: String, depth: Int) -> ImplicatedResult? {
        let escapes = events.values.filter { $0.person == person && $0.kind.isEscape }.map(\.id).sorted()
        if escapes.isEmpty { return nil }
        let reached = chains(from: escapes).filter { events[$0.key]!.kind.isPunitive && events[$0.key]!.person != person }
        // The earliest escape: smallest earliest day among those that have one.
        let threshold = escapes.compactMap { events[$0]!.date?.earliest }.min()
        let relatives = kin(person, depth: depth).map { (p, steps) -> ImplicatedResult.Relative in
            let mine = reached.keys.filter { events[$0]!.person == p }.sorted()
            var status = ImplicationStatus.atRisk
            var listed = mine
            if !mine.isEmpty {
                status = .punished
            } else {
                listed = events.values.filter { e in
                    guard e.person == p && e.kind.isPunitive else { return false }
                    guard let threshold, let latest = e.date?.latest else { return true }
                    return !(latest < threshold)
                }.map(\.id).sorted()
                if !listed.isEmpty { status = .unlinked }
            }
            return .init(
                person: p, name: people[p]!.name, distance: steps.count, kinship: Kinship.term(steps, sex: people[p]!.sex),
                steps: steps.map(\.word), status: status, events: listed,
                chains: status == .punished ? listed.map { chainEvent($0, reached[$0]!) } : [])
        }
        let family = Set(relatives.map(\.person))
        let others = Set(reached.keys.map { events[$0]!.person }).subtracting(family).map { p -> ImplicatedResult.Other in
            let mine = reached.keys.filter { events[$0]!.person == p }.sorted()
            return .init(person: p, name: people[p]!.name, events: mine, chains: mine.map { chainEvent($0, reached[$0]!) })
        }
        return ImplicatedResult(
            person: person, name: people[person]!.name, escapes: escapes, depth: depth,
            relatives: relatives.sorted { $0.person < $1.person }, others: others.sorted { $0.person < $1.person })
    }

    /// The event with its chain and the first kept link between each two events of it.
    func chainEvent(_ id: String, _ chain: [String]) -> ReachedEvent {
        let steps = zip(chain, chain.dropFirst()).map { pair in
            let link = links.first { $0.cause == pair.0 && $0.effect == pair.1 }!
            return ChainLink(cause: link.cause, effect: link.effect, kind: link.kind, sources: link.sources.array)
        }
        let event = events[id]!
        return ReachedEvent(event: id, kind: event.kind, date: event.date, chain: chain, links: steps)
    }

    func stats() -> StatsResult {
        var result = StatsResult(
            people: archive.people.count, punished: 0,
            cases: Set(events.values.compactMap(\.caseID)).count,
            testimonies: archive.sources.filter { $0.kind == .testimony }.count,
            where: .init(), era: .init(), covid: .init(), why: .init())
        for person in archive.people {
            let punitive = events.values.filter { $0.person == person.id && $0.kind.isPunitive }
            guard let first = punitive.min(by: { a, b in
                let da = Self.dateKey(a.date), db = Self.dateKey(b.date)
                return da != db ? da < db : a.id < b.id
            }) else { continue }
            result.punished += 1
            if first.country == "KP" { result.where.KP += 1 } else if first.country == nil { result.where.unknown += 1 } else { result.where.abroad += 1 }
            for (day, keyPath) in [(ArchiveGraph.accession, \StatsResult.era), (ArchiveGraph.borderClosure, \StatsResult.covid)] {
                if let latest = first.date?.latest, latest < day {
                    result[keyPath: keyPath].before += 1
                } else if let earliest = first.date?.earliest, earliest >= day {
                    result[keyPath: keyPath].after += 1
                } else {
                    result[keyPath: keyPath].uncertain += 1
                }
            }
            let incoming = links.filter { $0.effect == first.id }
            let reason: Reason =
                first.reason
                ?? (incoming.contains { $0.kind == .guiltByAssociation } ? .guiltByAssociation
                    : incoming.contains { events[$0.cause]!.kind.isEscape } ? .defection
                    : incoming.contains { events[$0.cause]!.kind == .contactAbroad } ? .contactAbroad : .unknown)
            result.why.count(reason)
        }
        return result
    }
}
