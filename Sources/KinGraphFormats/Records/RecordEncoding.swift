import KinGraphCore

/// A field's value as the writers see it.
enum FieldValue {
    case text(String)
    case list([String])
    case flag(Bool)
}

/// Each record's values in its kind's field order (`RecordKind.fields`); `nil` for
/// an absent value (an empty string, an empty list, `protected: false`).
enum RecordEncoding {
    static func values(_ source: Source) -> [FieldValue?] {
        [text(source.id), text(source.kind.rawValue), text(source.date?.text), text(source.title)]
    }

    static func values(_ person: Person) -> [FieldValue?] {
        [
            text(person.id), text(person.name), text(person.hangul), list(person.aliases),
            text(person.sex?.rawValue), text(person.born?.text), text(person.home), text(person.status?.rawValue),
            person.isProtected ? .flag(true) : nil, list(person.sources.array),
        ]
    }

    static func values(_ tie: Tie) -> [FieldValue?] {
        [text(tie.from), text(tie.to), text(tie.kind.rawValue), text(tie.confidence?.rawValue), list(tie.sources.array)]
    }

    static func values(_ event: Event) -> [FieldValue?] {
        [
            text(event.id), text(event.person), text(event.kind.rawValue), text(event.date?.text), text(event.place),
            text(event.country), text(event.agency), text(event.facility), text(event.reason?.rawValue),
            text(event.caseID), text(event.confidence?.rawValue), list(event.sources.array),
        ]
    }

    static func values(_ link: Link) -> [FieldValue?] {
        [
            text(link.cause), text(link.effect), text(link.kind.rawValue), text(link.confidence?.rawValue),
            list(link.sources.array),
        ]
    }

    /// Every record of `kind` in `archive`, as values, with its index.
    static func rows(_ archive: Archive, _ kind: RecordKind) -> [[FieldValue?]] {
        switch kind {
        case .source: return archive.sources.map(values)
        case .person: return archive.people.map(values)
        case .tie: return archive.ties.map(values)
        case .event: return archive.events.map(values)
        case .link: return archive.links.map(values)
        }
    }

    private static func text(_ value: String?) -> FieldValue? {
        guard let value, !value.isEmpty else { return nil }
        return .text(value)
    }

    private static func list(_ items: [String]) -> FieldValue? {
        items.isEmpty ? nil : .list(items)
    }
}
