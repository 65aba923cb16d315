import Foundation
import KinGraphCore
import Testing

@testable import KinGraphRender

/// Writes the fixture diagrams as PNG and SVG into $KINGRAPH_GALLERY, for a person to
/// look at. Skipped unless that variable names a folder.
@Test(.enabled(if: ProcessInfo.processInfo.environment["KINGRAPH_GALLERY"] != nil))
func writeGallery() throws {
    let folder = try #require(ProcessInfo.processInfo.environment["KINGRAPH_GALLERY"])
    let archive = TestArchives.family()
    let safe = Redactor(archive).redact(archive)
    let people = PeopleDiagramBuilder(archive: safe).diagram(
        people: Redactor(archive).redactedIDs(TestArchives.everyone), focus: "P-03",
        question: .becauseOf(person: "P-03"))
    let events = EventsDiagramBuilder(archive: safe).diagram(
        events: safe.events.map(\.id), focus: "P-03", question: .timeline(person: "P-03"))
    for (name, diagram) in [("people", people), ("events", events)] {
        for format in [OutputFormat.png, .svg, .dot] {
            let output = try GraphvizRenderer().render(diagram, format: format)
            try Data(output.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).\(format.rawValue)"))
        }
    }
}

extension Redactor {
    func redactedIDs(_ ids: [String]) -> [String] { ids.map(redactedID(for:)) }
}
