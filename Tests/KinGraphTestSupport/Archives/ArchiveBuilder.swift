import KinGraphCore

/// Builds small archives in tests, one line per record; every record rests on `T-1`
/// unless told otherwise.
public struct ArchiveBuilder: Sendable {
    public init() {}

    public var archive = Archive()

    public mutating func source(_ id: String, _ kind: SourceKind) {
        archive.sources.append(Source(id: id, kind: kind))
    }

    public mutating func person(
        _ id: String, _ name: String, _ sex: Sex? = nil, hangul: String? = nil, aliases: [String] = []
    ) {
        archive.people.append(Person(id: id, name: name, hangul: hangul, aliases: aliases, sex: sex, sources: ["T-1"]))
    }

    public mutating func tie(_ from: String, _ kind: TieKind, _ to: String, _ confidence: Confidence? = nil) {
        archive.ties.append(Tie(from: from, to: to, kind: kind, confidence: confidence, sources: ["T-1"]))
    }

    public mutating func event(
        _ id: String, _ person: String, _ kind: EventKind, _ date: String? = nil, country: String? = nil,
        place: String? = nil, reason: Reason? = nil, caseID: String? = nil, _ confidence: Confidence? = nil,
        sources: [String] = ["T-1"]
    ) throws {
        archive.events.append(
            Event(
                id: id, person: person, kind: kind, date: try date.map { try FuzzyDate(parsing: $0) }, place: place,
                country: country, reason: reason, caseID: caseID, confidence: confidence, sources: SourceList(sources)))
    }

    public mutating func link(
        _ cause: String, _ kind: LinkKind, _ effect: String, _ confidence: Confidence? = nil,
        sources: [String] = ["T-1"]
    ) {
        archive.links.append(Link(cause: cause, effect: effect, kind: kind, confidence: confidence, sources: SourceList(sources)))
    }

    public func graph() throws(GraphBuildError) -> ArchiveGraph { try ArchiveGraph(archive) }
}
