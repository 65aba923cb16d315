import KinGraphCore

@testable import KinGraphRender

/// The fixture diagrams most tests draw: `TestArchives.family()` as the people and
/// the events view, protected people redacted unless `reveal`.
enum TestDiagrams {
    static func people(reveal: Bool = false) -> Diagram {
        let archive = TestArchives.family()
        let redactor = Redactor(archive)
        let drawn = reveal ? archive : redactor.redact(archive)
        let ids = TestArchives.everyone.map { reveal ? $0 : redactor.redactedID(for: $0) }
        return PeopleDiagramBuilder(archive: drawn).diagram(
            people: ids, focus: "P-03", question: .becauseOf(person: "P-03"))
    }

    static func events(reveal: Bool = false) -> Diagram {
        let archive = TestArchives.family()
        let drawn = reveal ? archive : Redactor(archive).redact(archive)
        return EventsDiagramBuilder(archive: drawn).diagram(
            events: drawn.events.map(\.id), focus: "P-03", question: .timeline(person: "P-03"))
    }

    /// Names Graphviz gives the lowering's own nodes (legend, years, notes).
    static func isInternal(_ title: String) -> Bool { title.hasPrefix("kg-") }

    /// Edge titles ("tail->head") of the diagram's own edges.
    static func edgeTitles(_ diagram: Diagram) -> [String] {
        diagram.edges.map { $0.upward ? "\($0.to)->\($0.from)" : "\($0.from)->\($0.to)" }
    }
}
