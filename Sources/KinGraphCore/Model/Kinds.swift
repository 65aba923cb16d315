/// The closed vocabularies of the archive format (ARCHIVE.md). Raw values are the
/// exact words used in JSON and CSV.

/// What kind of material a source is.
public enum SourceKind: String, Sendable, CaseIterable, Codable, Comparable {
    case testimony, report, document, media, other

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A person's recorded sex.
public enum Sex: String, Sendable, CaseIterable, Codable {
    case female = "F", male = "M", other = "X"
}

/// A person's last known status.
public enum PersonStatus: String, Sendable, CaseIterable, Codable {
    case unknown
    case atLarge = "at-large"
    case detained, disappeared, released, executed
    case diedInCustody = "died-in-custody"
    case defected, resettled
}

/// The kind of a tie between two people.
public enum TieKind: String, Sendable, CaseIterable, Codable {
    // family
    case parent, spouse, sibling, relative
    // other
    case friend, neighbour, colleague, broker, associate

    /// `parent`, `spouse`, `sibling` and `relative` are family ties.
    public var isFamily: Bool {
        switch self {
        case .parent, .spouse, .sibling, .relative: return true
        default: return false
        }
    }

    /// Every kind but `parent` reads the same in both directions.
    public var isSymmetric: Bool { self != .parent }
}

/// The kind of an event.
public enum EventKind: String, Sendable, CaseIterable, Codable {
    // acts
    case escapeAttempt = "escape-attempt"
    case defection
    case contactAbroad = "contact-abroad"
    case remittance, smuggling, religion
    case foreignMedia = "foreign-media"
    // punitive
    case arrest, detention, interrogation, repatriation, sentence, imprisonment
    case forcedRelocation = "forced-relocation"
    case disappearance, execution
    case deathInCustody = "death-in-custody"
    // other
    case release, other

    /// Punitive kinds, as QUERIES.md lists them.
    public var isPunitive: Bool {
        switch self {
        case .arrest, .detention, .interrogation, .repatriation, .sentence, .imprisonment,
            .forcedRelocation, .disappearance, .execution, .deathInCustody:
            return true
        default:
            return false
        }
    }

    /// `escape-attempt` and `defection`: the escapes `implicated` starts from.
    public var isEscape: Bool { self == .escapeAttempt || self == .defection }
}

/// Why a punitive event happened.
public enum Reason: String, Sendable, CaseIterable, Codable {
    case defection
    case guiltByAssociation = "guilt-by-association"
    case contactAbroad = "contact-abroad"
    case smuggling, religion
    case foreignMedia = "foreign-media"
    case other, unknown
}

/// How one event caused or exposed another.
public enum LinkKind: String, Sendable, CaseIterable, Codable {
    case guiltByAssociation = "guilt-by-association"
    case ledTo = "led-to"
    case exposedBy = "exposed-by"
}
