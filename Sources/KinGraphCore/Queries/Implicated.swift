/// The answer to `implicated PERSON`: which relatives one person's escapes implicated.
public struct ImplicatedResult: Codable, Sendable, Hashable {
    /// How many family hops `implicated` follows when the user names none.
    public static let defaultDepth = 3

    public var query = "implicated"
    public var person: String
    public var name: String
    /// The escape events the answer starts from, by id.
    public var escapes: [String]
    public var depth: Int
    /// Everyone within `depth` family hops, by id.
    public var relatives: [Relative]
    /// People punished through links who are not within `depth` family hops, by id.
    public var others: [Other]

    public struct Relative: Codable, Sendable, Hashable {
        public var person: String
        public var name: String
        public var distance: Int
        /// What the relative is to PERSON (`mother`, `cousin`, `parent's spouse's sibling`).
        public var kinship: String
        /// The steps of the shortest family path the kinship was read from.
        public var steps: [String]
        public var status: ImplicationStatus
        /// Punished: their punitive events reached from an escape; unlinked: their punitive
        /// events not dated before the earliest escape; at-risk: none. By id.
        public var events: [String]
        /// When punished, each event with its shortest chain from an escape.
        public var chains: [ReachedEvent]
    }

    public struct Other: Codable, Sendable, Hashable {
        public var person: String
        public var name: String
        /// Their punitive events reached from an escape, by id, and the chain of each.
        public var events: [String]
        public var chains: [ReachedEvent]
    }
}

/// What an escape means for one relative.
public enum ImplicationStatus: String, Codable, Sendable, Hashable {
    /// One of their punitive events is reached from an escape by links.
    case punished
    /// A punitive event not dated before the earliest escape, that no link connects.
    case unlinked
    /// Neither.
    case atRisk = "at-risk"
}

extension ArchiveGraph {
    /// The longest kinship written out step by step. Any depth is searched (bounded by
    /// the graph), but past this many hops a relative's kinship is "relative, N family
    /// steps away" with no steps listed: writing every step out over a long line of
    /// descent would cost d² (a million generations, terabytes).
    public static let maxKinshipSteps = 50

    /// Which relatives `person`'s escapes implicated (QUERIES.md, implicated).
    ///
    /// The escapes are `person`'s escape-attempt and defection events, or just `event`.
    /// Events, links and ties below `minConfidence` are left out first.
    ///
    /// - Throws: `QueryError` for a depth below 1, an `event` that is not an escape of
    ///   `person`, or a person with no escape.
    /// - Complexity: O(V log V + T' + L') for what the two searches visit: the events
    ///   reached from the escapes and the people within `depth` family hops.
    public func implicated(
        person: Int32, depth: Int = ImplicatedResult.defaultDepth, event chosen: Int32? = nil, minConfidence: Confidence = .hearsay,
        scratch: inout GraphScratch
    ) throws(QueryError) -> ImplicatedResult {
        guard depth >= 1 else { throw QueryError.depthNotPositive(depth) }
        let level = UInt8(minConfidence.rank)
        let me = self.person(person)
        var escapes: [Int32]
        if let chosen {
            let record = event(chosen)
            guard eventPerson[Int(chosen)] == person else {
                throw QueryError.eventOfAnotherPerson(event: record.id, person: me.id)
            }
            guard record.kind.isEscape else { throw QueryError.notAnEscape(event: record.id, kind: record.kind) }
            escapes = eventLevels[Int(chosen)] >= level ? [chosen] : []
        } else {
            escapes = events(of: person).filter { eventKinds[Int($0)].isEscape && eventLevels[Int($0)] >= level }
        }
        guard !escapes.isEmpty else { throw QueryError.noEscape(person: me.id) }
        escapes.sort { eventPrecedes($0, $1) }

        // Punitive events reached from the escapes, per person, with their chains.
        reachEvents(from: escapes, minLevel: level, scratch: &scratch)
        var reached: [Int32: [(event: Int32, chain: ReachedEvent?)]] = [:]
        for e in scratch.queue where eventKinds[Int(e)].isPunitive && eventPerson[Int(e)] != person {
            let (ids, links) = chainDescription(to: e, scratch)
            let record = event(e)
            let chain = ReachedEvent(event: record.id, kind: record.kind, date: record.date, chain: ids, links: links)
            reached[eventPerson[Int(e)], default: []].append((e, chain))
        }
        let threshold = earliestDay(of: escapes)

        var relatives: [ImplicatedResult.Relative] = []
        var isRelative = Set<Int32>()
        for kin in kinPaths(from: person, depth: depth, minLevel: level, scratch: &scratch) {
            isRelative.insert(kin.person)
            let record = self.person(kin.person)
            var status = ImplicationStatus.atRisk
            var events: [(event: Int32, chain: ReachedEvent?)] = []
            if let hits = reached[kin.person] {
                status = .punished
                events = hits
            } else {
                let late = self.events(of: kin.person).filter { e in
                    eventKinds[Int(e)].isPunitive && eventLevels[Int(e)] >= level
                        && !isDated(event(e).date, before: threshold)
                }
                if !late.isEmpty {
                    status = .unlinked
                    events = late.map { ($0, nil) }
                }
            }
            events.sort { eventPrecedes($0.event, $1.event) }
            relatives.append(
                .init(
                    person: record.id, name: record.name, distance: kin.distance,
                    kinship: kin.steps.isEmpty
                        ? "relative, \(kin.distance) family steps away" : Kinship.term(kin.steps, sex: record.sex),
                    steps: kin.steps.map(\.word),
                    status: status, events: events.map { event($0.event).id },
                    chains: events.compactMap(\.chain)))
        }
        var others: [ImplicatedResult.Other] = []
        for (p, hits) in reached where !isRelative.contains(p) {
            let sorted = hits.sorted { eventPrecedes($0.event, $1.event) }
            others.append(
                .init(
                    person: self.person(p).id, name: self.person(p).name,
                    events: sorted.map { event($0.event).id }, chains: sorted.compactMap(\.chain)))
        }
        relatives.sort { $0.person < $1.person }
        others.sort { $0.person < $1.person }
        return ImplicatedResult(
            person: me.id, name: me.name, escapes: escapes.map { event($0).id }, depth: depth,
            relatives: relatives, others: others)
    }

    /// The earliest day of the earliest escape: the smallest earliest day among the
    /// escapes that have one. `nil` when none has (all undated, or open at the start),
    /// since nothing is dated before an undated escape.
    func earliestDay(of escapes: [Int32]) -> Day? {
        var earliest: Day?
        for e in escapes {
            guard let day = event(e).date?.earliest else { continue }
            if let current = earliest, current <= day { continue }
            earliest = day
        }
        return earliest
    }

    /// `true` when `date` is certainly before `day`: its latest day is before it.
    /// Undated, open-ended, or no `day` at all: `false`.
    func isDated(_ date: FuzzyDate?, before day: Day?) -> Bool {
        guard let day, let latest = date?.latest else { return false }
        return latest < day
    }
}
