/// The answer to `stats`: the archive in a report's terms.
public struct StatsResult: Codable, Sendable, Hashable {
    public var query = "stats"
    /// Everyone in the archive.
    public var people: Int
    /// People with at least one punitive event.
    public var punished: Int
    /// Distinct `case` ids among the events.
    public var cases: Int
    /// Sources of kind `testimony`.
    public var testimonies: Int
    /// Where each punished person's first punitive event happened.
    public var `where`: Where
    /// Whether it came before or after Kim Jong Un's accession, 2011-12-17.
    public var era: Split
    /// Whether it came before or after the border closure, 2020-01-22.
    public var covid: Split
    /// Why it happened.
    public var why: Why

    public struct Where: Codable, Sendable, Hashable {
        public var KP = 0
        public var abroad = 0
        public var unknown = 0
    }

    public struct Split: Codable, Sendable, Hashable {
        public var before = 0
        public var after = 0
        public var uncertain = 0
    }

    /// The four reasons QUERIES.md names, and the archive's other reasons when an event
    /// gives one of them.
    public struct Why: Codable, Sendable, Hashable {
        public var defection = 0
        public var guiltByAssociation = 0
        public var contactAbroad = 0
        public var smuggling = 0
        public var religion = 0
        public var foreignMedia = 0
        public var other = 0
        public var unknown = 0

        enum CodingKeys: String, CodingKey {
            case defection, smuggling, religion, other, unknown
            case guiltByAssociation = "guilt-by-association"
            case contactAbroad = "contact-abroad"
            case foreignMedia = "foreign-media"
        }

        mutating func count(_ reason: Reason) {
            switch reason {
            case .defection: defection += 1
            case .guiltByAssociation: guiltByAssociation += 1
            case .contactAbroad: contactAbroad += 1
            case .smuggling: smuggling += 1
            case .religion: religion += 1
            case .foreignMedia: foreignMedia += 1
            case .other: other += 1
            case .unknown: unknown += 1
            }
        }
    }
}

extension ArchiveGraph {
    /// Kim Jong Un's accession: the `era` boundary.
    public static let accession = Day(ordinal: 15_325)  // 2011-12-17
    /// The border closure: the `covid` boundary.
    public static let borderClosure = Day(ordinal: 18_283)  // 2020-01-22

    /// The archive in a report's terms (QUERIES.md, stats). Events and links below
    /// `minConfidence` are left out first.
    ///
    /// - Complexity: O(P + E + L), plus hashing each case id.
    public func stats(minConfidence: Confidence = .hearsay) -> StatsResult {
        let level = UInt8(minConfidence.rank)
        var result = StatsResult(
            people: personCount, punished: 0, cases: 0,
            testimonies: archive.sources.lazy.filter { $0.kind == .testimony }.count,
            where: .init(), era: .init(), covid: .init(), why: .init())
        var cases = Set<String>()
        for (e, record) in archive.events.enumerated() where eventLevels[e] >= level {
            if let caseID = record.caseID, !caseID.isEmpty { cases.insert(caseID) }
        }
        result.cases = cases.count
        for p in 0..<Int32(personCount) {
            guard let first = firstPunitiveEvent(of: p, minLevel: level) else { continue }
            result.punished += 1
            let record = event(first)
            switch record.country?.uppercased() {
            case "KP": result.where.KP += 1
            case nil, "": result.where.unknown += 1
            default: result.where.abroad += 1
            }
            Self.tally(record.date, around: Self.accession, into: &result.era)
            Self.tally(record.date, around: Self.borderClosure, into: &result.covid)
            result.why.count(record.reason ?? reasonFromLinks(first, minLevel: level))
        }
        return result
    }

    /// The person's first punitive event: smallest earliest day (an open start first,
    /// undated last), ties to the smaller id.
    func firstPunitiveEvent(of p: Int32, minLevel: UInt8) -> Int32? {
        var first: Int32?
        for e in events(of: p) where eventKinds[Int(e)].isPunitive && eventLevels[Int(e)] >= minLevel {
            if let current = first, !eventDatePrecedes(e, current) { continue }
            first = e
        }
        return first
    }

    /// Why a punitive event with no reason happened, from the links that point straight
    /// at it: guilt-by-association, else an escape, else contact abroad, else unknown.
    func reasonFromLinks(_ e: Int32, minLevel: UInt8) -> Reason {
        var fromEscape = false, fromContact = false
        for slot in Int(causeOffsets[Int(e)])..<Int(causeOffsets[Int(e) + 1]) where causeLevels[slot] >= minLevel {
            if archive.links[Int(causeLinks[slot])].kind == .guiltByAssociation { return .guiltByAssociation }
            let causeKind = eventKinds[Int(causeTargets[slot])]
            if causeKind.isEscape { fromEscape = true }
            if causeKind == .contactAbroad { fromContact = true }
        }
        return fromEscape ? .defection : fromContact ? .contactAbroad : .unknown
    }

    private static func tally(_ date: FuzzyDate?, around day: Day, into split: inout StatsResult.Split) {
        switch date?.compare(to: day) {
        case .before: split.before += 1
        case .after: split.after += 1
        case .uncertain, nil: split.uncertain += 1
        }
    }
}
