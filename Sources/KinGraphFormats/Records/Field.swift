import KinGraphCore

/// Every field name of the archive format (ARCHIVE.md): the JSON keys and the CSV
/// column names.
enum Field: Int, CaseIterable {
    case id, kind, date, title
    case name, hangul, aliases, sex, born, home, status, protected
    case from, to, confidence
    case person, place, country, agency, facility, reason, `case`
    case cause, effect
    case sources

    /// The name as written in JSON and CSV.
    var name: String { Field.names[rawValue] }

    private static let names: [String] = allCases.map { String(describing: $0) }

    /// The field named `name`, if any.
    init?(name: String) {
        guard let index = Field.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }
}

extension RecordKind {
    /// The fields of this kind, in the order they are written.
    var fields: [Field] {
        switch self {
        case .source: return [.id, .kind, .date, .title]
        case .person:
            return [.id, .name, .hangul, .aliases, .sex, .born, .home, .status, .protected, .sources]
        case .tie: return [.from, .to, .kind, .confidence, .sources]
        case .event:
            return [
                .id, .person, .kind, .date, .place, .country, .agency, .facility, .reason, .case,
                .confidence, .sources,
            ]
        case .link: return [.cause, .effect, .kind, .confidence, .sources]
        }
    }

    /// The fields a record of this kind cannot lack. `sources` is required too, but an
    /// empty list is the validator's to report.
    var requiredFields: [Field] {
        switch self {
        case .source: return [.id, .kind]
        case .person: return [.id, .name]
        case .tie: return [.from, .to, .kind]
        case .event: return [.id, .person, .kind]
        case .link: return [.cause, .effect, .kind]
        }
    }

    /// The CSV file of this kind: `people.csv`.
    var fileName: String { section + ".csv" }
}
