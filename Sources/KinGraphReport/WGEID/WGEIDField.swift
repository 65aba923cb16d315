/// The fields of a case submitted to the UN Working Group on Enforced or
/// Involuntary Disappearances (WGEID), named as the Group's submission form names
/// them (see docs/EXCHANGE.md for where the list comes from).
public enum WGEIDField: String, Sendable, CaseIterable {
    // Identity of the person subjected to enforced or involuntary disappearance
    case familyName = "Family name"
    case firstName = "First name"
    case otherNames = "Other names"
    case sex = "Sex"
    case birthDate = "Birth date"
    case nationality = "Nationality(ies)"
    case address = "Address of usual residence"
    // Date on which the disappearance took place
    case dateOfArrest = "Date of arrest or abduction"
    case dateLastSeen = "Date when last seen"
    // Place of arrest or abduction
    case placeOfArrest = "Place of arrest or abduction"
    case placeLastSeen = "Place where last seen"
    // Forces (State or State-supported) believed to be responsible
    case forces = "Forces believed to be responsible"
    // Action taken by relatives or others to locate the person
    case action = "Action taken by relatives or others to locate the person"
    // Identity of the person or organization submitting the report
    case submitter = "Identity of the person or organization submitting the report"

    /// One of the minimum elements without which the Working Group cannot take a case.
    public var isMinimum: Bool {
        switch self {
        case .familyName, .firstName, .dateOfArrest, .placeOfArrest, .forces, .action, .submitter: return true
        default: return false
        }
    }
}
