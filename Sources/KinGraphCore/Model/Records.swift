/// The five record kinds of an archive (ARCHIVE.md). Plain values; optional fields
/// are `nil` when absent, so writing a record back gives what was read.
/// `sources` is stored before the one-byte fields: a `SourceList` takes 17 bytes, so
/// placed there it adds 8 bytes to a record, not 16 (a million people and three
/// million ties are held at once).

/// What a fact rests on: a testimony, report, document or media item.
public struct Source: Sendable, Hashable {
    public var id: String
    public var kind: SourceKind
    public var date: FuzzyDate?
    public var title: String?

    @inlinable public init(id: String, kind: SourceKind, date: FuzzyDate? = nil, title: String? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.title = title
    }
}

/// A person named in the archive.
public struct Person: Sendable, Hashable {
    public var id: String
    /// Romanised full name as first recorded, e.g. `Kim Chol-su`.
    public var name: String
    public var hangul: String?
    public var aliases: [String]
    public var sources: SourceList
    public var sex: Sex?
    public var born: FuzzyDate?
    public var home: String?
    public var status: PersonStatus?
    /// Naming this person could endanger them or their family.
    public var isProtected: Bool

    @inlinable public init(
        id: String, name: String, hangul: String? = nil, aliases: [String] = [], sex: Sex? = nil,
        born: FuzzyDate? = nil, home: String? = nil, status: PersonStatus? = nil,
        isProtected: Bool = false, sources: SourceList
    ) {
        self.id = id
        self.name = name
        self.hangul = hangul
        self.aliases = aliases
        self.sex = sex
        self.born = born
        self.home = home
        self.status = status
        self.isProtected = isProtected
        self.sources = sources
    }
}

/// A tie between two people. `parent` runs from parent to child; every other kind
/// is symmetric.
public struct Tie: Sendable, Hashable {
    public var from: String
    public var to: String
    public var sources: SourceList
    public var kind: TieKind
    /// As written; `nil` means "from the number of sources" (see `effectiveConfidence`).
    public var confidence: Confidence?

    @inlinable public init(from: String, to: String, kind: TieKind, confidence: Confidence? = nil, sources: SourceList) {
        self.from = from
        self.to = to
        self.kind = kind
        self.confidence = confidence
        self.sources = sources
    }

    public var effectiveConfidence: Confidence {
        Confidence.effective(confidence, sources: sources)
    }
}

/// Something that happened to, or was done by, one person.
public struct Event: Sendable, Hashable {
    public var id: String
    public var person: String
    public var sources: SourceList
    public var kind: EventKind
    public var date: FuzzyDate?
    public var place: String?
    /// ISO 3166 alpha-2 where it happened (`KP`, `CN`, `RU`, …).
    public var country: String?
    public var agency: String?
    public var facility: String?
    public var reason: Reason?
    /// Case id grouping the events of one case.
    public var caseID: String?
    public var confidence: Confidence?

    @inlinable public init(
        id: String, person: String, kind: EventKind, date: FuzzyDate? = nil, place: String? = nil,
        country: String? = nil, agency: String? = nil, facility: String? = nil, reason: Reason? = nil,
        caseID: String? = nil, confidence: Confidence? = nil, sources: SourceList
    ) {
        self.id = id
        self.person = person
        self.kind = kind
        self.date = date
        self.place = place
        self.country = country
        self.agency = agency
        self.facility = facility
        self.reason = reason
        self.caseID = caseID
        self.confidence = confidence
        self.sources = sources
    }

    public var effectiveConfidence: Confidence {
        Confidence.effective(confidence, sources: sources)
    }
}

/// One event caused or exposed another; the cause happened first.
public struct Link: Sendable, Hashable {
    public var cause: String
    public var effect: String
    public var sources: SourceList
    public var kind: LinkKind
    public var confidence: Confidence?

    @inlinable public init(cause: String, effect: String, kind: LinkKind, confidence: Confidence? = nil, sources: SourceList) {
        self.cause = cause
        self.effect = effect
        self.kind = kind
        self.confidence = confidence
        self.sources = sources
    }

    public var effectiveConfidence: Confidence {
        Confidence.effective(confidence, sources: sources)
    }
}
