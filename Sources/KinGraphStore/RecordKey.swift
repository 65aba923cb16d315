import KinGraphCore
import KinGraphFormats

/// How the store names each record: sources, people and events by their id, ties
/// as `FROM/KIND/TO` and links as `CAUSE/KIND/EFFECT` (ties and links have no id of
/// their own in the archive format).
extension DecodedRecord {
    /// The record's name in commands, the audit log and messages: `P-0042`,
    /// `P-0001/parent/P-0002`, `E-0003/led-to/E-0007`.
    var key: String {
        switch self {
        case .source(let source): return source.id
        case .person(let person): return person.id
        case .event(let event): return event.id
        case .tie(let tie): return RecordKey.tie(tie)
        case .link(let link): return RecordKey.link(link)
        }
    }

    /// The id of a source, person or event; `nil` for ties and links.
    var id: String? {
        switch self {
        case .source(let source): return source.id
        case .person(let person): return person.id
        case .event(let event): return event.id
        case .tie, .link: return nil
        }
    }

    /// The source ids the record cites.
    package var sources: SourceList {
        switch self {
        case .source: return []
        case .person(let person): return person.sources
        case .tie(let tie): return tie.sources
        case .event(let event): return event.sources
        case .link(let link): return link.sources
        }
    }

    /// The people the record refers to.
    var people: [String] {
        switch self {
        case .tie(let tie): return [tie.from, tie.to]
        case .event(let event): return [event.person]
        default: return []
        }
    }

    /// The events the record refers to.
    var events: [String] {
        if case .link(let link) = self { return [link.cause, link.effect] }
        return []
    }
}

/// Builds and splits the keys of ties and links.
package enum RecordKey {
    static func tie(_ tie: Tie) -> String { "\(tie.from)/\(tie.kind.rawValue)/\(tie.to)" }
    static func link(_ link: Link) -> String { "\(link.cause)/\(link.kind.rawValue)/\(link.effect)" }

    /// The three parts of `FROM/KIND/TO` when the middle one is a word of `V`.
    package static func split<V: RawRepresentable>(_ key: String, as type: V.Type) -> (String, V, String)? where V.RawValue == String {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3 else { return nil }
        for middle in 1..<(parts.count - 1) {
            if let word = V(rawValue: parts[middle]) {
                let left = parts[..<middle].joined(separator: "/"), right = parts[(middle + 1)...].joined(separator: "/")
                if !left.isEmpty && !right.isEmpty { return (left, word, right) }
            }
        }
        return nil
    }
}
