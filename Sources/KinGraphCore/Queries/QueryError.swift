/// Why a query cannot be answered; the message names the argument at fault.
public enum QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--depth` must be 1 or more.
    case depthNotPositive(Int)
    /// No person has this id, and no name matches; the closest names are listed.
    case unknownPerson(String, closest: [String])
    /// A PERSON argument written like an id that no person has.
    case unknownPersonID(String)
    /// Several people match this name.
    case ambiguousPerson(String, candidates: [String])
    /// No event has this id.
    case unknownEvent(String)
    /// `--event` names an event of someone else.
    case eventOfAnotherPerson(event: String, person: String)
    /// `--event` names an event that is not an escape.
    case notAnEscape(event: String, kind: EventKind)
    /// `implicated` on someone with no escape-attempt or defection.
    case noEscape(person: String)

    public var description: String {
        switch self {
        case .depthNotPositive(let depth):
            return "--depth must be 1 or more (got \(depth))"
        case .unknownPerson(let query, let closest):
            let hint = closest.isEmpty ? "" : "; closest names: " + closest.joined(separator: ", ")
            return "no person matches '\(query)'\(hint)"
        case .unknownPersonID(let id):
            return "no person has the id '\(id)'"
        case .ambiguousPerson(let query, let candidates):
            let shown = candidates.prefix(10).joined(separator: ", ")
            let more = candidates.count > 10 ? " and \(candidates.count - 10) more" : ""
            return "'\(query)' matches \(candidates.count) people: \(shown)\(more); "
                + "give a person id or a fuller name"
        case .unknownEvent(let id):
            return "no event has id '\(id)'"
        case .eventOfAnotherPerson(let event, let person):
            return "event \(event) is not an event of \(person)"
        case .notAnEscape(let event, let kind):
            return "event \(event) is a \(kind.rawValue), not an escape-attempt or defection"
        case .noEscape(let person):
            return "\(person) has no escape-attempt or defection event (at this confidence); "
                + "use 'because-of \(person)' to see who was punished because of their other events"
        }
    }
}
