/// Which view of an answer to draw.
public enum DiagramView: String, Sendable, CaseIterable {
    /// A node per person, their ties, and who was punished because of whom.
    case people
    /// A node per event, one box per person, links between events, time left to right.
    case events
}
