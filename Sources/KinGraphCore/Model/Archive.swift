/// Everything an investigation has documented: the one input of every command.
///
/// Records keep the order they were read in; ids are unique within their kind.
/// An `Archive` may be invalid (dangling references, cycles); `ArchiveValidator`
/// says so, and the graph is only built from a valid one.
public struct Archive: Sendable, Hashable {
    /// The format tag every JSON archive carries.
    public static let formatTag = "kingraph-archive/1"

    public var title: String?
    public var sources: [Source]
    public var people: [Person]
    public var ties: [Tie]
    public var events: [Event]
    public var links: [Link]

    public init(
        title: String? = nil, sources: [Source] = [], people: [Person] = [], ties: [Tie] = [],
        events: [Event] = [], links: [Link] = []
    ) {
        self.title = title
        self.sources = sources
        self.people = people
        self.ties = ties
        self.events = events
        self.links = links
    }
}
