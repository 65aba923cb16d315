/// The five kinds of record in an archive, in the order they are read and reported.
public enum RecordKind: Int, Sendable, Hashable, CaseIterable, Comparable {
    case source, person, tie, event, link

    /// The name of the kind's section: the JSON key and the CSV file's base name.
    public var section: String {
        switch self {
        case .source: return "sources"
        case .person: return "people"
        case .tie: return "ties"
        case .event: return "events"
        case .link: return "links"
        }
    }

    /// The kind in words, for messages: "person", "event", …
    public var noun: String {
        switch self {
        case .source: return "source"
        case .person: return "person"
        case .tie: return "tie"
        case .event: return "event"
        case .link: return "link"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A record of an archive: its kind and its index in that kind's array.
public struct RecordRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: RecordKind
    public var index: Int

    public init(_ kind: RecordKind, _ index: Int) {
        self.kind = kind
        self.index = index
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.kind.rawValue, a.index) < (b.kind.rawValue, b.index)
    }

    /// The JSON path of the record: `people[3]`.
    public var description: String { "\(kind.section)[\(index)]" }
}
