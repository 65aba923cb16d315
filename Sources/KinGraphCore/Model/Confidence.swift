/// How well a tie, event or link is established, ordered from weakest to strongest:
/// `hearsay < single-source < corroborated < confirmed`.
public enum Confidence: String, Sendable, CaseIterable, Codable, Comparable {
    case hearsay
    case singleSource = "single-source"
    case corroborated
    case confirmed

    var rank: Int {
        switch self {
        case .hearsay: return 0
        case .singleSource: return 1
        case .corroborated: return 2
        case .confirmed: return 3
        }
    }

    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }

    /// The confidence a record has when none is given: two or more sources make it
    /// `corroborated`, one (or none) `single-source`.
    ///
    ///     Confidence.effective(nil, sourceCount: 2) == .corroborated
    public static func effective(_ explicit: Confidence?, sourceCount: Int) -> Confidence {
        if let explicit { return explicit }
        return sourceCount >= 2 ? .corroborated : .singleSource
    }

    /// The confidence of a record citing `sources`: a source cited twice is still one
    /// source, so only two or more *different* ids make it `corroborated`.
    ///
    ///     Confidence.effective(nil, sources: ["T-1", "T-1"]) == .singleSource
    public static func effective<C: Collection<String>>(_ explicit: Confidence?, sources: C) -> Confidence {
        if let explicit { return explicit }
        guard let first = sources.first else { return .singleSource }
        return sources.contains { $0 != first } ? .corroborated : .singleSource
    }

    /// The confidence of a record citing `sources`, as above.
    @inlinable
    public static func effective(_ explicit: Confidence?, sources: SourceList) -> Confidence {
        if let explicit { return explicit }
        return sources.hasDifferentSources ? .corroborated : .singleSource
    }
}
