/// What two person records are compared on, each with its agreement levels from
/// "disagree" (0) upward; a comparison has no level (`nil`) when a record lacks
/// the field.
public enum Field: Int, CaseIterable, Sendable, Codable {
    case name, born, sex, home, relatives, events

    /// How many levels the field has.
    var levels: Int { levelNames.count }

    /// The column and evidence word for the field.
    public var label: String {
        switch self {
        case .name: "name"
        case .born: "born"
        case .sex: "sex"
        case .home: "home"
        case .relatives: "relatives"
        case .events: "events"
        }
    }

    /// What each level means, lowest first.
    public var levelNames: [String] {
        switch self {
        case .name: ["different", "similar", "close", "same"]
        case .born: ["more than 3 years apart", "within 3 years", "within a year", "overlap"]
        case .sex: ["different", "same"]
        case .home: ["different", "similar", "same"]
        case .relatives: ["tied to each other", "none shared", "one shared", "several shared"]
        case .events: ["none alike", "same kind and year", "same kind, place and date"]
        }
    }
}

/// The levels of every field for one pair of records (`-1`: not comparable).
struct ComparisonVector: Hashable, Sendable {
    var levels: [Int8]

    init() { levels = [Int8](repeating: -1, count: Field.allCases.count) }

    subscript(field: Field) -> Int? {
        get { levels[field.rawValue] < 0 ? nil : Int(levels[field.rawValue]) }
        set { levels[field.rawValue] = Int8(newValue ?? -1) }
    }

    /// The levels packed in 3 bits per field, for counting patterns.
    var packed: UInt32 {
        var key: UInt32 = 0
        for level in levels { key = key << 3 | UInt32(level + 1) }
        return key
    }
}
