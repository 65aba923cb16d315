import Dispatch

extension ArchiveGraph {
    /// The most records of one kind a graph indexes (its indices are `Int32`, and each
    /// tie is stored from both ends).
    static let maxRecords = Int(Int32.max / 2)

    /// Indexes `archive`: its ids resolved once (`ResolvedArchive`), then for each
    /// relation one pass to count and one to fill.
    ///
    /// The archive should have passed validation; a duplicate id, a reference to a
    /// missing person or event, or a tie from a person to themself is reported
    /// (every one of them) rather than indexed.
    ///
    /// - Complexity: O(P + T + E + L + S) time and memory for P people, T ties,
    ///   E events, L links and S sources (plus reading each id once).
    public init(_ archive: Archive) throws(GraphBuildError) {
        try self.init(ResolvedArchive(archive))
    }

    /// Indexes an archive whose references were resolved already (by
    /// `ArchiveValidator.check`, or `ResolvedArchive(_:)`): no id is looked up again.
    ///
    /// - Complexity: O(P + T + E + L) time and memory.
    public init(_ resolved: ResolvedArchive) throws(GraphBuildError) {
        let archive = resolved.archive
        // Indices are Int32 and each tie is stored from both ends: refuse what would overflow.
        let counts = [
            ("people", archive.people.count), ("ties", archive.ties.count), ("events", archive.events.count),
            ("links", archive.links.count), ("sources", archive.sources.count),
        ]
        if let (kind, count) = counts.first(where: { $0.1 > Self.maxRecords }) {
            throw GraphBuildError(problems: ["the archive has \(count) \(kind); a graph holds at most \(Self.maxRecords) of each kind"])
        }
        var problems: [String] = resolved.duplicatePeople.map { "duplicate person id \($0)" }
        problems += resolved.duplicateEvents.map { "duplicate event id \($0)" }
        problems += resolved.duplicateSources.map { "duplicate source id \($0)" }
        self.init(indexing: resolved, problems: &problems)
        if !problems.isEmpty { throw GraphBuildError(problems: problems) }
        #if DEBUG
            checkInvariants()
        #endif
    }

    /// The graph of an archive without records (titled `title`): what a page shows
    /// before anything is loaded, or a drawing of nothing.
    public static func empty(title: String? = nil) -> ArchiveGraph {
        var problems: [String] = []
        return ArchiveGraph(indexing: ResolvedArchive(Archive(title: title)), problems: &problems)
    }

    /// Indexes `resolved`, adding to `problems` each record that could not be indexed.
    private init(indexing resolved: ResolvedArchive, problems: inout [String]) {
        let archive = resolved.archive
        // The ties on one core, the events, links and id orders on the other.
        let parts = BuildParts()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                parts.ties = Self.indexTies(resolved, &parts.tieProblems)
            } else {
                let events = Self.indexEvents(resolved, &parts.eventProblems)
                parts.links = Self.indexLinks(resolved, levels: events.levels, &parts.eventProblems)
                parts.events = events
                parts.peopleInIDOrder = Self.ascending(archive.people.lazy.map(\.id))
                parts.eventsInIDOrder = Self.ascending(archive.events.lazy.map(\.id))
            }
        }
        problems += parts.tieProblems + parts.eventProblems
        let ties = parts.ties, events = parts.events, links = parts.links
        storage = Storage(
            GraphIndex(
                archive: archive, personByID: resolved.personByID, eventByID: resolved.eventByID,
                sourceByID: resolved.sourceByID,
                peopleInIDOrder: parts.peopleInIDOrder, eventsInIDOrder: parts.eventsInIDOrder,
                tieOffsets: ties.offsets, familyEnds: ties.familyEnds, tieTargets: ties.targets,
                tieRecords: ties.records, tieEntries: ties.entries,
                eventPerson: events.person, eventKinds: events.kinds, eventLevels: events.levels,
                eventDateKeys: events.dateKeys, personEventOffsets: events.offsets, personEvents: events.ofPerson,
                effectOffsets: links.effectOffsets, effectTargets: links.effectTargets, effectLinks: links.effectLinks,
                effectLevels: links.effectLevels, causeOffsets: links.causeOffsets, causeTargets: links.causeTargets,
                causeLinks: links.causeLinks, causeLevels: links.causeLevels))
    }

    /// What the two halves of the build give, each written by one of them.
    private final class BuildParts: @unchecked Sendable {
        var ties: TieIndex = ([], [], [], [], [])
        var events: EventIndex = ([], [], [], [], [], [])
        var links: LinkIndex = ([], [], [], [], [], [], [], [])
        var peopleInIDOrder = false
        var eventsInIDOrder = false
        var tieProblems: [String] = []
        var eventProblems: [String] = []
    }

    private typealias TieIndex = (
        offsets: [Int32], familyEnds: [Int32], targets: [Int32], records: [Int32], entries: [TieEntry]
    )
    private typealias EventIndex = (
        person: [Int32], kinds: [EventKind], levels: [UInt8], dateKeys: [Int32], offsets: [Int32], ofPerson: [Int32]
    )
    private typealias LinkIndex = (
        effectOffsets: [Int32], effectTargets: [Int32], effectLinks: [Int32], effectLevels: [UInt8],
        causeOffsets: [Int32], causeTargets: [Int32], causeLinks: [Int32], causeLevels: [UInt8]
    )

    /// Tie adjacency, both directions, family entries first for each person.
    private static func indexTies(_ resolved: ResolvedArchive, _ problems: inout [String]) -> TieIndex {
        let ties = resolved.archive.ties
        let count = resolved.archive.people.count
        let from = resolved.tieFrom, to = resolved.tieTo
        var usable = [Bool](repeating: false, count: ties.count)
        var familyCount = [Int32](repeating: 0, count: count)
        var otherCount = [Int32](repeating: 0, count: count)
        ties.withUnsafeBufferPointer { ties in
            for t in ties.indices {
                let a = from[t], b = to[t]
                guard a >= 0, b >= 0 else {
                    let tie = ties[t]
                    let missing = a < 0 ? tie.from : tie.to
                    problems.append("tie \(t) (\(tie.from) → \(tie.to)): no person \(missing)")
                    continue
                }
                if a == b {
                    problems.append("tie \(t) (\(ties[t].from) → \(ties[t].to)): a tie from a person to themself")
                    continue
                }
                usable[t] = true
                if ties[t].kind.isFamily {
                    familyCount[Int(a)] += 1
                    familyCount[Int(b)] += 1
                } else {
                    otherCount[Int(a)] += 1
                    otherCount[Int(b)] += 1
                }
            }
        }
        var offsets = [Int32](repeating: 0, count: count + 1)
        var familyEnds = [Int32](repeating: 0, count: count)
        for p in 0..<count {
            familyEnds[p] = offsets[p] + familyCount[p]
            offsets[p + 1] = familyEnds[p] + otherCount[p]
        }
        let entryCount = Int(offsets[count])
        var targets = [Int32](repeating: 0, count: entryCount)
        var records = [Int32](repeating: 0, count: entryCount)
        var entries = [TieEntry](repeating: TieEntry(kind: .friend, reversed: false, level: 0), count: entryCount)
        // Reuse the counts as fill cursors: family entries from the start, others after them.
        for p in 0..<count {
            familyCount[p] = offsets[p]
            otherCount[p] = familyEnds[p]
        }
        ties.withUnsafeBufferPointer { ties in
            for t in ties.indices where usable[t] {
                let a = from[t], b = to[t]
                let kind = ties[t].kind
                let level = Self.level(ties[t].confidence, ties[t].sources)
                for side in 0..<2 {
                    let (me, other, reversed) = side == 0 ? (a, b, false) : (b, a, true)
                    let slot: Int
                    if kind.isFamily {
                        slot = Int(familyCount[Int(me)])
                        familyCount[Int(me)] += 1
                    } else {
                        slot = Int(otherCount[Int(me)])
                        otherCount[Int(me)] += 1
                    }
                    targets[slot] = other
                    records[slot] = Int32(t)
                    entries[slot] = TieEntry(kind: kind, reversed: reversed, level: level)
                }
            }
        }
        return (offsets, familyEnds, targets, records, entries)
    }

    /// The person, kind, level and date key of each event, and each person's events.
    private static func indexEvents(_ resolved: ResolvedArchive, _ problems: inout [String]) -> EventIndex {
        let events = resolved.archive.events
        let count = resolved.archive.people.count
        let person = resolved.eventPerson
        var kinds = [EventKind](repeating: .other, count: events.count)
        var levels = [UInt8](repeating: 0, count: events.count)
        var dateKeys = [Int32](repeating: 0, count: events.count)
        var offsets = [Int32](repeating: 0, count: count + 1)
        events.withUnsafeBufferPointer { events in
            for e in events.indices {
                kinds[e] = events[e].kind
                levels[e] = Self.level(events[e].confidence, events[e].sources)
                dateKeys[e] = Int32(clamping: FuzzyDate.sortKey(events[e].date))
                let p = person[e]
                guard p >= 0 else {
                    problems.append("event \(events[e].id): no person \(events[e].person)")
                    continue
                }
                offsets[Int(p) + 1] += 1
            }
        }
        for p in 0..<count { offsets[p + 1] += offsets[p] }
        var ofPerson = [Int32](repeating: 0, count: Int(offsets[count]))
        var cursor = Array(offsets.dropLast())
        for e in 0..<events.count where person[e] >= 0 {
            let p = Int(person[e])
            ofPerson[Int(cursor[p])] = Int32(e)
            cursor[p] += 1
        }
        return (person, kinds, levels, dateKeys, offsets, ofPerson)
    }

    /// Link adjacency from cause to effects and from effect to causes; each entry's
    /// level is the smaller of the link's and the far event's.
    private static func indexLinks(_ resolved: ResolvedArchive, levels: [UInt8], _ problems: inout [String]) -> LinkIndex {
        let links = resolved.archive.links
        let causes = resolved.linkCause, effects = resolved.linkEffect
        let eventCount = levels.count
        var effectOffsets = [Int32](repeating: 0, count: eventCount + 1)
        var causeOffsets = [Int32](repeating: 0, count: eventCount + 1)
        links.withUnsafeBufferPointer { links in
            for l in links.indices {
                let c = causes[l], e = effects[l]
                guard c >= 0, e >= 0 else {
                    let link = links[l]
                    let missing = c < 0 ? link.cause : link.effect
                    problems.append("link \(l) (\(link.cause) → \(link.effect)): no event \(missing)")
                    continue
                }
                effectOffsets[Int(c) + 1] += 1
                causeOffsets[Int(e) + 1] += 1
            }
        }
        for e in 0..<eventCount {
            effectOffsets[e + 1] += effectOffsets[e]
            causeOffsets[e + 1] += causeOffsets[e]
        }
        let entryCount = Int(effectOffsets[eventCount])
        var effectTargets = [Int32](repeating: 0, count: entryCount), effectLinks = effectTargets
        var causeTargets = effectTargets, causeLinks = effectTargets
        var effectLevels = [UInt8](repeating: 0, count: entryCount), causeLevels = effectLevels
        var effectCursor = Array(effectOffsets.dropLast())
        var causeCursor = Array(causeOffsets.dropLast())
        links.withUnsafeBufferPointer { links in
            for l in links.indices where causes[l] >= 0 && effects[l] >= 0 {
                let c = causes[l], e = effects[l]
                let level = Self.level(links[l].confidence, links[l].sources)
                let out = Int(effectCursor[Int(c)])
                effectCursor[Int(c)] += 1
                effectTargets[out] = e
                effectLinks[out] = Int32(l)
                effectLevels[out] = min(level, levels[Int(e)])
                let back = Int(causeCursor[Int(e)])
                causeCursor[Int(e)] += 1
                causeTargets[back] = c
                causeLinks[back] = Int32(l)
                causeLevels[back] = min(level, levels[Int(c)])
            }
        }
        return (
            effectOffsets, effectTargets, effectLinks, effectLevels, causeOffsets, causeTargets, causeLinks, causeLevels
        )
    }

    /// The rank of the effective confidence: the given one, else from the number of
    /// different sources (a source cited twice is one source).
    private static func level(_ confidence: Confidence?, _ sources: SourceList) -> UInt8 {
        UInt8(Confidence.effective(confidence, sources: sources).rank)
    }

    /// `true` when every id is smaller than the next.
    private static func ascending<C: Collection<String>>(_ ids: C) -> Bool {
        var previous: String?
        for id in ids {
            if let previous, !(previous < id) { return false }
            previous = id
        }
        return true
    }
}
