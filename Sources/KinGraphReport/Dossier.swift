import KinGraphCore

/// Everything a dossier says, before it is written as HTML: plain values, already
/// redacted (they come from the archive as it may be published).
public struct Dossier: Sendable {
    public var title: String
    public var scope: String
    public var date: String
    /// What is hidden, in words, for the title page.
    public var redaction: String
    public var revealed: Bool
    public var summary: [SummaryRow]
    public var sections: [VictimSection]
    /// Only for the whole archive.
    public var statistics: StatsResult?
    public var sources: [String: Source]
}

/// One line of the summary table.
public struct SummaryRow: Sendable {
    public var person: String
    public var name: String
    public var status: String
    public var place: String
    public var date: String
}

/// One person's section: facts, timeline, chains, diagrams.
public struct VictimSection: Sendable {
    public var person: Person
    /// "subject of the dossier", or what happened to them.
    public var role: String
    public var timeline: [TimelineResult.Entry]
    public var chains: [[ChainStep]]
    /// Inline SVG (the XML prolog removed), or a note why there is none.
    public var familyDiagram: String
    public var eventsDiagram: String
}

/// One numbered step of a causal chain.
public struct ChainStep: Sendable, Hashable {
    public var number: Int
    public var event: String
    public var text: String
    public var sources: [String]
}
