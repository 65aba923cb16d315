import KinGraphCore

/// The fill colour of a node and what it means, from the Okabe–Ito palette (safe for
/// the common forms of colour blindness).
public struct NodeFill: Sendable, Hashable {
    /// What the colour stands for, as the legend says it.
    public let meaning: String
    /// `#RRGGBB`.
    public let color: String
    /// A text colour that reads on `color`.
    public let fontColor: String
    /// Place in the legend.
    var order: Int

    /// The fill for a person's last known status (`nil`: unknown).
    public static func status(_ status: PersonStatus?) -> NodeFill {
        switch status {
        case nil, .unknown?: return .unknownStatus
        case .atLarge?: return NodeFill(meaning: "at large", color: "#F0E442", fontColor: "#000000", order: 1)
        case .detained?: return NodeFill(meaning: "detained", color: "#E69F00", fontColor: "#000000", order: 2)
        case .disappeared?: return NodeFill(meaning: "disappeared", color: "#CC79A7", fontColor: "#000000", order: 3)
        case .executed?: return NodeFill(meaning: "executed", color: "#D55E00", fontColor: "#000000", order: 4)
        case .diedInCustody?: return NodeFill(meaning: "died in custody", color: "#000000", fontColor: "#FFFFFF", order: 5)
        case .released?: return NodeFill(meaning: "released", color: "#56B4E9", fontColor: "#000000", order: 6)
        case .defected?: return NodeFill(meaning: "defected", color: "#0072B2", fontColor: "#FFFFFF", order: 7)
        case .resettled?: return NodeFill(meaning: "resettled", color: "#009E73", fontColor: "#000000", order: 8)
        }
    }

    public static let unknownStatus = NodeFill(meaning: "status unknown", color: "#DDDDDD", fontColor: "#000000", order: 9)

    /// The fill for an event, by what kind of event it is.
    public static func event(_ kind: EventKind) -> NodeFill {
        switch kind {
        case .execution, .deathInCustody, .disappearance:
            return NodeFill(meaning: "execution, death or disappearance", color: "#D55E00", fontColor: "#000000", order: 20)
        case _ where kind.isPunitive:
            return NodeFill(meaning: "other punishment", color: "#E69F00", fontColor: "#000000", order: 21)
        case .release:
            return NodeFill(meaning: "release", color: "#009E73", fontColor: "#000000", order: 22)
        case .other:
            return NodeFill(meaning: "other event", color: "#DDDDDD", fontColor: "#000000", order: 24)
        default:
            return NodeFill(meaning: "act (escape, contact abroad, ...)", color: "#56B4E9", fontColor: "#000000", order: 23)
        }
    }
}

/// The shape of a node and the role it stands for.
public struct NodeShape: Sendable, Hashable {
    public let meaning: String
    /// Graphviz shape name.
    var shape: String
    /// Graphviz style besides `filled`, e.g. `rounded`.
    var style: String
    var penwidth: String
    var order: Int

    /// The person the question is about: stands out.
    public static let focus = NodeShape(meaning: "person asked about", shape: "doubleoctagon", style: "", penwidth: "2", order: 1)
    /// Someone whose act led to another person's punishment.
    public static let actor = NodeShape(meaning: "acted (others punished for it)", shape: "hexagon", style: "", penwidth: "1", order: 2)
    /// Someone with a punitive event in the diagram.
    public static let punished = NodeShape(meaning: "punished", shape: "box", style: "rounded", penwidth: "1", order: 3)
    /// Anyone else.
    public static let person = NodeShape(meaning: "other person", shape: "ellipse", style: "", penwidth: "1", order: 4)
    /// An event of the person asked about.
    public static let focusEvent = NodeShape(meaning: "event of the person asked about", shape: "box", style: "bold", penwidth: "3", order: 5)
    /// Any other event.
    public static let event = NodeShape(meaning: "event", shape: "box", style: "", penwidth: "1", order: 6)
}

/// How a line is drawn and what it means.
public struct EdgeLook: Sendable, Hashable {
    /// The dash pattern of a line.
    public enum Pattern: String, Sendable, Hashable {
        case solid, dotted, dashed
    }

    public let meaning: String
    public let pattern: Pattern
    /// Line width in points (1–3).
    public let width: Int
    /// `#RRGGBB`.
    public let color: String
    /// Two parallel lines (spouses).
    public let isDouble: Bool
    /// An arrowhead at the head.
    public let isDirected: Bool
    /// Keeps both ends on the same rank (spouses side by side).
    public let sameRank: Bool
    var order: Int

    init(
        meaning: String, pattern: Pattern = .solid, width: Int = 1, color: String = "#000000",
        isDouble: Bool = false, isDirected: Bool = true, sameRank: Bool = false, order: Int
    ) {
        self.meaning = meaning
        self.pattern = pattern
        self.width = width
        self.color = color
        self.isDouble = isDouble
        self.isDirected = isDirected
        self.sameRank = sameRank
        self.order = order
    }

    public static let parent = EdgeLook(meaning: "parent to child", order: 1)
    public static let spouse = EdgeLook(meaning: "spouses", isDouble: true, isDirected: false, sameRank: true, order: 2)
    public static let sibling = EdgeLook(meaning: "siblings", isDirected: false, sameRank: true, order: 3)
    public static let relative = EdgeLook(
        meaning: "relatives (degree unknown)", color: "#777777", isDirected: false, order: 4)
    public static let otherTie = EdgeLook(
        meaning: "other tie (kind written on it)", pattern: .dotted, isDirected: false, order: 5)
    /// A punitive event of the head's person was caused by an event of the tail's.
    public static let punishedBecauseOf = EdgeLook(meaning: "punished because of (link, date)", width: 3, order: 6)
    /// A non-punitive event of the head's person was caused by an event of the tail's.
    public static let ledTo = EdgeLook(meaning: "led to (link, date)", pattern: .dashed, width: 2, order: 7)

    /// Events view: a link of the given kind, cause to effect.
    public static func link(_ kind: LinkKind) -> EdgeLook {
        switch kind {
        case .guiltByAssociation: return EdgeLook(meaning: "guilt by association", width: 3, order: 10)
        case .ledTo: return EdgeLook(meaning: "led to", order: 11)
        case .exposedBy: return EdgeLook(meaning: "exposed", pattern: .dashed, order: 12)
        }
    }

    /// The time axis of the events view (added by the lowering, not by builders).
    static let timeAxis = EdgeLook(meaning: "time (years)", color: "#999999", order: 20)

    /// Graphviz attributes of the line, in a fixed order.
    var attributes: [Attribute] {
        var list: [Attribute] = []
        if pattern != .solid || width > 1 {
            list.append(Attribute("style", pattern == .solid ? "bold" : pattern.rawValue))
        }
        if width > 1 { list.append(Attribute("penwidth", String(width))) }
        if isDouble || color != "#000000" {
            list.append(Attribute("color", isDouble ? "\(color):invis:\(color)" : color))
        }
        if !isDirected { list.append(Attribute("dir", "none")) }
        if sameRank { list.append(Attribute("minlen", "0")) }
        return list
    }
}

/// How a cluster is drawn (a rounded box) and what it means.
public struct ClusterLook: Sendable, Hashable {
    public let meaning: String
    /// `#RRGGBB` inside the box, `nil` for none.
    public let fillColor: String?
    /// `#RRGGBB` of the border.
    public let borderColor: String
    var order: Int

    public static let household = ClusterLook(
        meaning: "household (spouses, unmarried children)", fillColor: "#F4F4F4", borderColor: "#BBBBBB", order: 1)
    public static let personEvents = ClusterLook(
        meaning: "one person's events", fillColor: nil, borderColor: "#888888", order: 2)

    var attributes: [Attribute] {
        if let fillColor {
            return [Attribute("style", "rounded,filled"), Attribute("fillcolor", fillColor), Attribute("color", borderColor)]
        }
        return [Attribute("style", "rounded"), Attribute("color", borderColor)]
    }
}

/// One Graphviz attribute: a name and a plain-text value.
struct Attribute: Sendable, Hashable {
    var name: String
    var value: String
    /// An HTML-like label (`<…>` in DOT, `agstrdup_html` in cgraph). Only the
    /// legend uses one, built from KinGraph's own words: never archive data.
    var isHTML: Bool

    init(_ name: String, _ value: String, isHTML: Bool = false) {
        self.name = name
        self.value = value
        self.isHTML = isHTML
    }
}
