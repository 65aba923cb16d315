/// What `RecordLinkage.run` found: the proposed pairs, best first, the people they
/// make, and how the model and blocking came out.
public struct MatchResult: Sendable {
    public var pairs: [ProposedPair]
    /// Records that are one person (two or more ids each, in archive order), as the
    /// accepted pairs join them after the chain check.
    public var clusters: [[String]]
    /// Accepted pairs left out of the clusters because they chained different people.
    public var brokenChains: [(a: String, b: String)]
    public var records: Int
    /// Pairs compared (those sharing a blocking key), and what each rule gave.
    public var candidates: Int
    public var candidatesByRule: [(rule: String, pairs: Int)]
    public var skippedBlocks: Int
    /// Pairs not proposed again because a reviewer marked them different.
    public var knownDifferent: Int
    public var model: FellegiSunter
    public var threshold: Double
}

/// Two records proposed as one person.
public struct ProposedPair: Sendable, Hashable {
    public var a: String
    public var b: String
    public var probability: Double
    /// Σ log₂(m/u) with the prior: the evidence in bits.
    public var weight: Double
    public var evidence: [FieldEvidence]
    public var aSources: [String]
    public var bSources: [String]
}

/// How one field of a pair compared.
public struct FieldEvidence: Sendable, Hashable {
    public var field: Field
    /// The level (`nil` when a record lacks the field).
    public var level: Int?
    /// log₂(m/u) of the level, 0 when not comparable.
    public var weight: Double
    /// The two values (or what was shared), for a reviewer.
    public var detail: String

    /// `same (+7.2): Kim Chol-su / 김철수`, or `– : … ` when not comparable.
    public var text: String {
        let head = level.map { field.levelNames[$0] + " (" + Self.signed(weight) + ")" } ?? "not comparable"
        return detail.isEmpty ? head : head + ": " + detail
    }

    static func signed(_ w: Double) -> String {
        let rounded = (w * 10).rounded() / 10
        let body = String(abs(rounded))
        return (rounded < 0 ? "−" : "+") + body
    }
}
