import KinGraphCore

/// What one escape set off: the escapee's own repatriation and interrogation,
/// relatives within three family hops punished for it (most linked by
/// guilt-by-association, some left unlinked), and contacts exposed one after another.
struct SyntheticCascade {
    let family: SyntheticAdjacency
    let contacts: SyntheticAdjacency
    private var walker: SyntheticWalker

    /// Chance that a relative at distance 1, 2, 3 is punished for an escape.
    private static let punishChance = [0.0, 0.5, 0.25, 0.1]
    private static let relativePunishments: [EventKind] = [
        .detention, .forcedRelocation, .imprisonment, .interrogation, .disappearance,
    ]
    private static let laterPunishments: [EventKind] = [.imprisonment, .execution, .deathInCustody, .release]

    init(people: Int, family: SyntheticAdjacency, contacts: SyntheticAdjacency) {
        self.family = family
        self.contacts = contacts
        walker = SyntheticWalker(people: people)
    }

    /// Adds an escape by `person` in `year` and everything it set off.
    /// - Complexity: O(family within three hops of `person`).
    mutating func escape(person: Int32, year: Int, into history: inout SyntheticHistory, rng: inout SplitMix64) {
        let p = Int(person)
        let caseNumber = history.cases
        history.cases += 1
        let defection = rng.chance(0.4)
        let abroad = Int8(rng.below(SyntheticVocabulary.abroad.count))
        let day = SyntheticHistory.day(year: year, rng: &rng)
        let escape = history.add(
            p, defection ? .defection : .escapeAttempt, day, nil, place: rng.chance(0.5) ? abroad : SyntheticEvent.atHome,
            caseNumber: caseNumber)
        var exposer = escape
        if defection {
            history.status[p] = rng.chance(0.5) ? .defected : .resettled
        } else if rng.chance(0.7) {
            let repatriation = history.add(
                p, .repatriation, day + Int32(rng.int(in: 10...200)), .defection, place: Int8(rng.below(5)),
                agency: 3, caseNumber: caseNumber)
            history.link(escape, repatriation, .ledTo)
            let interrogation = history.add(
                p, .interrogation, history.events[Int(repatriation)].day + Int32(rng.int(in: 3...60)), .defection,
                agency: 1, facility: 8, caseNumber: caseNumber)
            history.link(repatriation, interrogation, .ledTo)
            exposer = interrogation
            history.status[p] = .detained
        } else {
            history.status[p] = rng.chance(0.5) ? .atLarge : .unknown
        }
        punishRelatives(of: person, for: escape, caseNumber: caseNumber, into: &history, rng: &rng)
        exposeContacts(from: person, by: exposer, caseNumber: caseNumber, into: &history, rng: &rng)
    }

    /// Relatives within three family hops, punished with a chance falling with
    /// distance; about one in seven punishments has no recorded link.
    private mutating func punishRelatives(
        of person: Int32, for escape: Int32, caseNumber: Int32, into history: inout SyntheticHistory,
        rng: inout SplitMix64
    ) {
        var punished = 0
        for (relative, distance) in walker.within(3, of: person, in: family) where punished < 15 {
            guard rng.chance(SyntheticCascade.punishChance[distance]) else { continue }
            punished += 1
            let linked = rng.chance(0.86)
            let kind = SyntheticCascade.relativePunishments[rng.below(SyntheticCascade.relativePunishments.count)]
            let reason: Reason? = linked ? (rng.chance(0.8) ? .guiltByAssociation : nil) : (rng.chance(0.5) ? .unknown : nil)
            let day = history.events[Int(escape)].day + Int32(rng.int(in: 20...1500))
            let r = Int(relative)
            let event = history.add(
                r, kind, day, reason, agency: 1, facility: rng.chance(0.6) ? UInt8(1 + rng.below(4)) : 0,
                caseNumber: linked ? caseNumber : -1)
            if linked { history.link(escape, event, .guiltByAssociation) }
            history.status[r] = kind == .disappearance ? .disappeared : .detained
            if rng.chance(0.25) {
                let later = SyntheticCascade.laterPunishments[rng.below(SyntheticCascade.laterPunishments.count)]
                let next = history.add(
                    r, later, day + Int32(rng.int(in: 30...900)), later == .release ? nil : reason,
                    facility: later == .release ? 0 : UInt8(1 + rng.below(4)), caseNumber: linked ? caseNumber : -1)
                history.link(event, next, .ledTo)
                history.status[r] = SyntheticCascade.status(after: later)
            }
        }
    }

    /// A chain of exposures: the escapee's interrogation reveals a contact, whose
    /// arrest reveals another, up to three; an exposed contact's relative is
    /// sometimes punished for them in turn.
    private mutating func exposeContacts(
        from person: Int32, by exposer: Int32, caseNumber: Int32, into history: inout SyntheticHistory,
        rng: inout SplitMix64
    ) {
        var current = person
        var cause = exposer
        for hop in 0..<3 {
            guard rng.chance(hop == 0 ? 0.45 : 0.35) else { return }
            let known = contacts.neighbours(of: current)
            guard !known.isEmpty else { return }
            let contact = known[known.startIndex + rng.below(known.count)]
            let c = Int(contact)
            let reason: Reason = rng.chance(0.6) ? .contactAbroad : .smuggling
            let arrest = history.add(
                c, .arrest, history.events[Int(cause)].day + Int32(rng.int(in: 5...400)), rng.chance(0.85) ? reason : nil,
                agency: 1, caseNumber: caseNumber)
            history.link(cause, arrest, .exposedBy)
            history.status[c] = .detained
            if rng.chance(0.3), let relative = family.neighbours(of: contact).first {
                let event = history.add(
                    Int(relative), .forcedRelocation, history.events[Int(arrest)].day + Int32(rng.int(in: 30...500)),
                    .guiltByAssociation, agency: 2, caseNumber: caseNumber)
                history.link(arrest, event, .guiltByAssociation)
                history.status[Int(relative)] = .detained
            }
            current = contact
            cause = arrest
        }
    }

    private static func status(after kind: EventKind) -> PersonStatus {
        switch kind {
        case .execution: return .executed
        case .deathInCustody: return .diedInCustody
        case .release: return .released
        default: return .detained
        }
    }
}
