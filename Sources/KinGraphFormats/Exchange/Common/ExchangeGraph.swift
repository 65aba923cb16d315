import KinGraphCore

/// An archive flattened into the node-and-edge shape that GraphML and GEXF share.
///
/// People and events are nodes (ids `person:ID`, `event:ID` with ID as a name
/// token, since ids are only unique within their kind; `ref` holds the id as is); ties and links are edges, and every event is joined
/// to its person by an edge of record `event`. Every edge is directed (a parent tie
/// runs from parent to child, a link from cause to effect); symmetric ties carry
/// `symmetric = true`. Confidence is always the effective one (what a filter in
/// Gephi needs); an importer keeps it only where it differs from the default.
/// Order follows the archive, so output is deterministic.
struct ExchangeGraph {
    /// One typed column of the node or edge table.
    enum Attribute: String, CaseIterable {
        case record, ref, kind, label, name, hangul, aliases, sex, born, home, status, protected
        case person, date, earliest, latest, place, country, agency, facility, reason
        case caseID = "case"
        case confidence, sources, symmetric

        /// `true` for the attributes edges carry; the others belong to nodes.
        var isEdge: Bool { Attribute.edgeAttributes.contains(self) }
        static let edgeAttributes: [Attribute] = [.record, .kind, .confidence, .sources, .symmetric]
        static let nodeAttributes: [Attribute] = allCases.filter { $0 != .symmetric }

        /// `boolean` for flags, `string` for the rest.
        var isBoolean: Bool { self == .protected || self == .symmetric }
    }

    /// A node with its attribute values and, for GEXF, the days it spans.
    struct Node {
        var id: String
        var label: String
        var values: [(Attribute, String)]
        var start: Day?
        var end: Day?
    }

    /// An edge with its attribute values and, for GEXF, the days it spans.
    struct Edge {
        var id: String
        var source: String
        var target: String
        var values: [(Attribute, String)]
        var start: Day?
        var end: Day?
    }

    var title: String?
    var nodes: [Node] = []
    var edges: [Edge] = []

    static func personNode(_ id: String) -> String { "person:" + token(id) }
    static func eventNode(_ id: String) -> String { "event:" + token(id) }

    /// `id` as an XML name token: ASCII letters, digits, `.` and `-` stay, every
    /// other UTF-8 byte becomes `_HH`, so distinct ids stay distinct.
    static func token(_ id: String) -> String {
        var out = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Flattens `archive`.
    /// - Complexity: O(records + total sources).
    init(_ archive: Archive) {
        title = archive.title
        var eventDates: [String: FuzzyDate] = [:]
        for person in archive.people { nodes.append(Self.node(person)) }
        for event in archive.events {
            nodes.append(Self.node(event))
            if let date = event.date { eventDates[event.id] = date }
        }
        for (i, tie) in archive.ties.enumerated() {
            var values: [(Attribute, String)] = [(.record, "tie"), (.kind, tie.kind.rawValue)]
            values.append((.confidence, tie.effectiveConfidence.rawValue))
            values.append((.sources, tie.sources.joined(separator: ";")))
            values.append((.symmetric, tie.kind.isSymmetric ? "true" : "false"))
            edges.append(
                Edge(id: "tie:\(i + 1)", source: Self.personNode(tie.from), target: Self.personNode(tie.to), values: values))
        }
        for (i, link) in archive.links.enumerated() {
            var values: [(Attribute, String)] = [(.record, "link"), (.kind, link.kind.rawValue)]
            values.append((.confidence, link.effectiveConfidence.rawValue))
            values.append((.sources, link.sources.joined(separator: ";")))
            values.append((.symmetric, "false"))
            let cause = eventDates[link.cause], effect = eventDates[link.effect]
            var edge = Edge(
                id: "link:\(i + 1)", source: Self.eventNode(link.cause), target: Self.eventNode(link.effect), values: values)
            edge.start = cause?.earliest ?? effect?.earliest
            edge.end = effect?.latest ?? cause?.latest
            if let s = edge.start, let e = edge.end, e < s { edge.end = s }
            edges.append(edge)
        }
        for event in archive.events {
            var edge = Edge(
                id: "event:" + Self.token(event.id), source: Self.personNode(event.person), target: Self.eventNode(event.id),
                values: [(.record, "event"), (.symmetric, "false")])
            edge.start = event.date?.earliest
            edge.end = event.date?.latest
            edges.append(edge)
        }
    }

    private static func node(_ person: Person) -> Node {
        var values: [(Attribute, String)] = [(.record, "person"), (.ref, person.id), (.kind, "person"), (.label, person.name), (.name, person.name)]
        add(&values, .hangul, person.hangul)
        add(&values, .aliases, person.aliases.isEmpty ? nil : person.aliases.joined(separator: ";"))
        add(&values, .sex, person.sex?.rawValue)
        add(&values, .born, person.born?.text)
        add(&values, .earliest, person.born?.earliest?.description)
        add(&values, .latest, person.born?.latest?.description)
        add(&values, .home, person.home)
        add(&values, .status, person.status?.rawValue)
        values.append((.protected, person.isProtected ? "true" : "false"))
        values.append((.sources, person.sources.joined(separator: ";")))
        // A person is on the timeline from their earliest possible birth day on.
        return Node(id: personNode(person.id), label: person.name, values: values, start: person.born?.earliest)
    }

    private static func node(_ event: Event) -> Node {
        let label = event.kind.rawValue + (event.date.map { " " + $0.text } ?? "")
        var values: [(Attribute, String)] = [(.record, "event"), (.ref, event.id), (.kind, event.kind.rawValue), (.label, label)]
        values.append((.person, event.person))
        add(&values, .date, event.date?.text)
        add(&values, .earliest, event.date?.earliest?.description)
        add(&values, .latest, event.date?.latest?.description)
        add(&values, .place, event.place)
        add(&values, .country, event.country)
        add(&values, .agency, event.agency)
        add(&values, .facility, event.facility)
        add(&values, .reason, event.reason?.rawValue)
        add(&values, .caseID, event.caseID)
        values.append((.confidence, event.effectiveConfidence.rawValue))
        values.append((.sources, event.sources.joined(separator: ";")))
        return Node(id: eventNode(event.id), label: label, values: values, start: event.date?.earliest, end: event.date?.latest)
    }

    private static func add(_ values: inout [(Attribute, String)], _ attribute: Attribute, _ value: String?) {
        if let value { values.append((attribute, value)) }
    }
}
