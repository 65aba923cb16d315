extension ArchiveGraph {
    /// Indexes `archive`: one pass to count, one to fill each adjacency.
    ///
    /// The archive should have passed validation; a duplicate id, a reference to a
    /// missing person or event, or a tie from a person to themself is reported
    /// (every one of them) rather than indexed.
    ///
    /// - Complexity: O(P + T + E + L + S) time and memory for P people, T ties,
    ///   E events, L links and S sources (plus hashing each id once).
    public init(_ archive: Archive) throws(GraphBuildError) {
        var problems: [String] = []
        let personByID = Self.indexIDs(archive.people.map(\.id), kind: "person", &problems)
        let eventByID = Self.indexIDs(archive.events.map(\.id), kind: "event", &problems)
        let sourceByID = Self.indexIDs(archive.sources.map(\.id), kind: "source", &problems)
        let peopleCount = archive.people.count

        // Ties: resolve both ends, count per person (family and other apart), then fill.
        var tieEnds = [(Int32, Int32)](repeating: (-1, -1), count: archive.ties.count)
        var familyCount = [Int32](repeating: 0, count: peopleCount)
        var otherCount = [Int32](repeating: 0, count: peopleCount)
        for (t, tie) in archive.ties.enumerated() {
            guard let a = personByID[tie.from], let b = personByID[tie.to] else {
                let missing = personByID[tie.from] == nil ? tie.from : tie.to
                problems.append("tie \(t) (\(tie.from) → \(tie.to)): no person \(missing)")
                continue
            }
            if a == b {
                problems.append("tie \(t) (\(tie.from) → \(tie.to)): a tie from a person to themself")
                continue
            }
            tieEnds[t] = (a, b)
            if tie.kind.isFamily {
                familyCount[Int(a)] += 1
                familyCount[Int(b)] += 1
            } else {
                otherCount[Int(a)] += 1
                otherCount[Int(b)] += 1
            }
        }
        var tieOffsets = [Int32](repeating: 0, count: peopleCount + 1)
        var familyEnds = [Int32](repeating: 0, count: peopleCount)
        for p in 0..<peopleCount {
            familyEnds[p] = tieOffsets[p] + familyCount[p]
            tieOffsets[p + 1] = familyEnds[p] + otherCount[p]
        }
        let tieEntryCount = Int(tieOffsets[peopleCount])
        var tieTargets = [Int32](repeating: 0, count: tieEntryCount)
        var tieRecords = [Int32](repeating: 0, count: tieEntryCount)
        var tieEntries = [TieEntry](repeating: TieEntry(kind: .friend, reversed: false, level: 0), count: tieEntryCount)
        // Reuse the counts as fill cursors: family entries from the start, others after them.
        for p in 0..<peopleCount {
            familyCount[p] = tieOffsets[p]
            otherCount[p] = familyEnds[p]
        }
        for (t, tie) in archive.ties.enumerated() {
            let (a, b) = tieEnds[t]
            if a < 0 { continue }
            let level = UInt8(tie.effectiveConfidence.rank)
            for side in 0..<2 {
                let (me, other, reversed) = side == 0 ? (a, b, false) : (b, a, true)
                let slot: Int
                if tie.kind.isFamily {
                    slot = Int(familyCount[Int(me)])
                    familyCount[Int(me)] += 1
                } else {
                    slot = Int(otherCount[Int(me)])
                    otherCount[Int(me)] += 1
                }
                tieTargets[slot] = other
                tieRecords[slot] = Int32(t)
                tieEntries[slot] = TieEntry(kind: tie.kind, reversed: reversed, level: level)
            }
        }

        // Events: the person of each, and each person's events in archive order.
        var eventPerson = [Int32](repeating: -1, count: archive.events.count)
        var eventKinds = [EventKind](repeating: .other, count: archive.events.count)
        var eventLevels = [UInt8](repeating: 0, count: archive.events.count)
        var eventDateKeys = [Int32](repeating: 0, count: archive.events.count)
        var personEventOffsets = [Int32](repeating: 0, count: peopleCount + 1)
        for (e, event) in archive.events.enumerated() {
            eventKinds[e] = event.kind
            eventLevels[e] = UInt8(event.effectiveConfidence.rank)
            eventDateKeys[e] = Int32(clamping: FuzzyDate.sortKey(event.date))
            guard let p = personByID[event.person] else {
                problems.append("event \(event.id): no person \(event.person)")
                continue
            }
            eventPerson[e] = p
            personEventOffsets[Int(p) + 1] += 1
        }
        for p in 0..<peopleCount { personEventOffsets[p + 1] += personEventOffsets[p] }
        var personEvents = [Int32](repeating: 0, count: Int(personEventOffsets[peopleCount]))
        var eventCursor = Array(personEventOffsets.dropLast())
        for e in 0..<archive.events.count where eventPerson[e] >= 0 {
            let p = Int(eventPerson[e])
            personEvents[Int(eventCursor[p])] = Int32(e)
            eventCursor[p] += 1
        }

        // Links, both ways.
        var linkEnds = [(Int32, Int32)](repeating: (-1, -1), count: archive.links.count)
        var effectOffsets = [Int32](repeating: 0, count: archive.events.count + 1)
        var causeOffsets = [Int32](repeating: 0, count: archive.events.count + 1)
        for (l, link) in archive.links.enumerated() {
            guard let c = eventByID[link.cause], let e = eventByID[link.effect] else {
                let missing = eventByID[link.cause] == nil ? link.cause : link.effect
                problems.append("link \(l) (\(link.cause) → \(link.effect)): no event \(missing)")
                continue
            }
            linkEnds[l] = (c, e)
            effectOffsets[Int(c) + 1] += 1
            causeOffsets[Int(e) + 1] += 1
        }
        for e in 0..<archive.events.count {
            effectOffsets[e + 1] += effectOffsets[e]
            causeOffsets[e + 1] += causeOffsets[e]
        }
        let linkEntryCount = Int(effectOffsets[archive.events.count])
        var effectTargets = [Int32](repeating: 0, count: linkEntryCount)
        var effectLinks = [Int32](repeating: 0, count: linkEntryCount)
        var effectLevels = [UInt8](repeating: 0, count: linkEntryCount)
        var causeTargets = [Int32](repeating: 0, count: linkEntryCount)
        var causeLinks = [Int32](repeating: 0, count: linkEntryCount)
        var causeLevels = [UInt8](repeating: 0, count: linkEntryCount)
        var effectCursor = Array(effectOffsets.dropLast())
        var causeCursor = Array(causeOffsets.dropLast())
        for (l, link) in archive.links.enumerated() {
            let (c, e) = linkEnds[l]
            if c < 0 { continue }
            let level = UInt8(link.effectiveConfidence.rank)
            let out = Int(effectCursor[Int(c)])
            effectCursor[Int(c)] += 1
            effectTargets[out] = e
            effectLinks[out] = Int32(l)
            effectLevels[out] = min(level, eventLevels[Int(e)])
            let back = Int(causeCursor[Int(e)])
            causeCursor[Int(e)] += 1
            causeTargets[back] = c
            causeLinks[back] = Int32(l)
            causeLevels[back] = min(level, eventLevels[Int(c)])
        }

        if !problems.isEmpty { throw GraphBuildError(problems: problems) }

        storage = Storage(
            GraphIndex(
                archive: archive,
                personByID: personByID,
                eventByID: eventByID,
                sourceByID: sourceByID,
                peopleInIDOrder: Self.ascending(archive.people.lazy.map(\.id)),
                eventsInIDOrder: Self.ascending(archive.events.lazy.map(\.id)),
                tieOffsets: tieOffsets,
                familyEnds: familyEnds,
                tieTargets: tieTargets,
                tieRecords: tieRecords,
                tieEntries: tieEntries,
                eventPerson: eventPerson,
                eventKinds: eventKinds,
                eventLevels: eventLevels,
                eventDateKeys: eventDateKeys,
                personEventOffsets: personEventOffsets,
                personEvents: personEvents,
                effectOffsets: effectOffsets,
                effectTargets: effectTargets,
                effectLinks: effectLinks,
                effectLevels: effectLevels,
                causeOffsets: causeOffsets,
                causeTargets: causeTargets,
                causeLinks: causeLinks,
                causeLevels: causeLevels))
        #if DEBUG
            checkInvariants()
        #endif
    }

    /// Maps each id to its position, noting duplicates.
    private static func indexIDs(_ ids: [String], kind: String, _ problems: inout [String]) -> [String: Int32] {
        var index = [String: Int32](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() where index.updateValue(Int32(i), forKey: id) != nil {
            problems.append("duplicate \(kind) id \(id)")
        }
        return index
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
