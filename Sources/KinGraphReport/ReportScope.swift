/// What a dossier covers: one person and those punished because of them, one case,
/// or everyone punished in the archive.
public enum ReportScope: Sendable, Hashable {
    /// A person id as the (possibly redacted) archive gives it.
    case person(String)
    /// A case id (the events' `case`).
    case caseID(String)
    /// Everyone with a punitive event, with the statistics tables.
    case all
}

/// Why a dossier could not be made.
public enum ReportError: Error, Sendable, CustomStringConvertible {
    case unknownCase(String, known: [String])
    case unknownPerson(String)
    case tooLarge(people: Int, limit: Int)
    case noConverter(String)
    case conversionFailed(String)
    case unsupported(String)

    public var description: String {
        switch self {
        case .unknownCase(let id, let known):
            let some = known.prefix(8).joined(separator: ", ")
            return known.isEmpty
                ? "no event has case '\(id)': the archive has no case ids"
                : "no event has case '\(id)'; cases include \(some)\(known.count > 8 ? ", …" : "")"
        case .unknownPerson(let id): return "no person has the id '\(id)'"
        case .tooLarge(let people, let limit):
            return "the dossier would have \(people) victim sections (more than \(limit)): no reader follows that. "
                + "Report one case with --case C (or one person with --person P), or raise --max-people"
        case .noConverter(let message): return message
        case .conversionFailed(let message): return "the PDF could not be made: \(message)"
        case .unsupported(let message): return message
        }
    }
}
