/// A network diagram as plain Swift values: what to draw, not how Graphviz draws it.
///
/// Builders (`PeopleDiagramBuilder`, `EventsDiagramBuilder`) make one from an archive
/// that has already been redacted; `DOTEncoder` and `GraphvizRenderer` turn it into
/// DOT text or SVG, PDF and PNG. Every string in it is plain text: the encoders
/// escape it, so labels may contain anything.
///
///     var diagram = Diagram(title: ["Fictional archive", "Who is Kim Chol-su?"])
///     diagram.nodes.append(Diagram.Node(id: "P-1", label: ["Kim Chol-su"]))
public struct Diagram: Sendable, Hashable {
    /// The way ranks run: top to bottom (people) or left to right (time).
    public enum Direction: String, Sendable, Hashable {
        case topToBottom = "TB"
        case leftToRight = "LR"
    }

    /// One thing drawn: a person or an event.
    public struct Node: Sendable, Hashable {
        /// Unique within the diagram; edges and clusters refer to it.
        public var id: String
        /// Lines of the label, top to bottom.
        public var label: [String]
        /// Lines of the tooltip (SVG `<title>`): sources and confidence.
        public var tooltip: [String]
        public var fill: NodeFill
        public var shape: NodeShape

        public init(
            id: String, label: [String], tooltip: [String] = [], fill: NodeFill = .unknownStatus,
            shape: NodeShape = .person
        ) {
            self.id = id
            self.label = label
            self.tooltip = tooltip
            self.fill = fill
            self.shape = shape
        }
    }

    /// A line between two nodes.
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// Lines of the label; empty for none.
        public var label: [String]
        public var tooltip: [String]
        public var look: EdgeLook
        /// Drawn from `to` up to `from` in rank order, the arrow still pointing at
        /// `to`: for an arrow that would otherwise turn a family tree upside down (a
        /// son's escape punishing his father).
        public var upward: Bool

        public init(
            from: String, to: String, label: [String] = [], tooltip: [String] = [], look: EdgeLook, upward: Bool = false
        ) {
            self.from = from
            self.to = to
            self.label = label
            self.tooltip = tooltip
            self.look = look
            self.upward = upward
        }
    }

    /// A group of nodes drawn inside one box (a household, a person's events).
    public struct Cluster: Sendable, Hashable {
        /// Unique among the diagram's clusters.
        public var id: String
        public var label: [String]
        public var look: ClusterLook
        /// The ids of the nodes inside; a node belongs to at most one cluster.
        public var members: [String]

        public init(id: String, label: [String] = [], look: ClusterLook, members: [String]) {
            self.id = id
            self.label = label
            self.look = look
            self.members = members
        }
    }

    /// A year on the time axis and the dated nodes that belong to it.
    public struct YearMark: Sendable, Hashable {
        public var year: Int
        public var members: [String]

        public init(year: Int, members: [String]) {
            self.year = year
            self.members = members
        }
    }

    /// Title lines: the archive, the question asked, the archive's date.
    public var title: [String]
    public var direction: Direction
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]
    /// Years in increasing order; dated nodes are placed between their year and the next.
    public var years: [YearMark]
    /// What the diagram says when it has no nodes.
    public var emptyMessage: String

    public init(
        title: [String], direction: Direction = .topToBottom, nodes: [Node] = [], edges: [Edge] = [],
        clusters: [Cluster] = [], years: [YearMark] = [], emptyMessage: String = "No one found"
    ) {
        self.title = title
        self.direction = direction
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.years = years
        self.emptyMessage = emptyMessage
    }
}
