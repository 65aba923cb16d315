import KinGraphCore

/// Tells a causal chain as numbered sentences a reader can follow without KinGraph:
/// "2013-09-20, six days later: Kang Chun-hyang, his wife, was interrogated by the
/// MSS in Hyesan, as guilt by association for step 1."
struct StepNarrator {
    let index: ReportIndex

    /// The steps of `chain`, numbered from 1, each with the sources of its event and
    /// of the link into it.
    func steps(_ chain: CausalChain) -> [ChainStep] {
        guard let first = chain.events.first.flatMap({ index.events[$0] }) else { return [] }
        var steps: [ChainStep] = []
        var previous: Event?
        for (n, id) in chain.events.enumerated() {
            guard let event = index.events[id] else { continue }
            let link = n > 0 ? index.archive.links[chain.links[n - 1]] : nil
            var sources = event.sources
            for source in link?.sources ?? [] where !sources.contains(source) { sources.append(source) }
            steps.append(ChainStep(
                number: n + 1, event: id, text: sentence(event, after: previous, link: link, step: n, subject: first.person),
                sources: sources.array))
            previous = event
        }
        return steps
    }

    /// One step's sentence.
    func sentence(_ event: Event, after previous: Event?, link: Link?, step: Int, subject: String) -> String {
        var when = event.date?.text ?? "Date unknown"
        if let previous, let gap = Self.daysBetween(previous.date, event.date) {
            when += gap == 0 ? ", the same day" : ", \(Self.count(gap, "day")) later"
        }
        var who = index.people[event.person]?.name ?? event.person
        if let relation = index.relation(of: event.person, to: subject) {
            who += ", \(Self.possessive(index.people[subject]?.sex)) \(relation),"
        }
        var text = "\(when): \(who) \(Self.verb(event.kind))"
        if let agency = event.agency, !agency.isEmpty, event.kind.isPunitive {
            text += event.kind == .disappearance || event.kind == .deathInCustody ? " (the \(agency) is believed responsible)" : " by the \(agency)"
        }
        if let facility = event.facility, !facility.isEmpty { text += " at \(facility)" }
        if let place = event.place, !place.isEmpty { text += " in \(place)" }
        if let country = event.country, !country.isEmpty, country.uppercased() != "KP" { text += " (\(country))" }
        if let link {
            switch link.kind {
            case .guiltByAssociation: text += ", as guilt by association for step \(step)"
            case .ledTo: text += ", following step \(step)"
            case .exposedBy: text += ", exposed by step \(step)"
            }
        }
        return text + "."
    }

    /// Whole days from one exact date to another, when both are single known days.
    static func daysBetween(_ a: FuzzyDate?, _ b: FuzzyDate?) -> Int? {
        guard let a, let b, let x = a.earliest, let y = b.earliest, a.latest == x, b.latest == y, y >= x
        else { return nil }
        return Int(y.ordinal - x.ordinal)
    }

    /// "six days", "1 day", "40 days".
    static func count(_ n: Int, _ unit: String) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        let number = n < words.count ? words[n] : String(n)
        return "\(number) \(unit)\(n == 1 ? "" : "s")"
    }

    static func possessive(_ sex: Sex?) -> String {
        switch sex {
        case .male: return "his"
        case .female: return "her"
        default: return "their"
        }
    }

    /// What happened, in the past tense.
    static func verb(_ kind: EventKind) -> String {
        switch kind {
        case .escapeAttempt: return "tried to escape the country"
        case .defection: return "escaped the country"
        case .contactAbroad: return "was in contact with someone abroad"
        case .remittance: return "sent or received money across the border"
        case .smuggling: return "smuggled goods"
        case .religion: return "practised a religion"
        case .foreignMedia: return "watched or listened to foreign media"
        case .arrest: return "was arrested"
        case .detention: return "was detained"
        case .interrogation: return "was interrogated"
        case .repatriation: return "was forcibly repatriated"
        case .sentence: return "was sentenced"
        case .imprisonment: return "was imprisoned"
        case .forcedRelocation: return "was forcibly relocated"
        case .disappearance: return "disappeared"
        case .execution: return "was executed"
        case .deathInCustody: return "died in custody"
        case .release: return "was released"
        case .other: return "was the subject of a recorded event"
        }
    }
}
