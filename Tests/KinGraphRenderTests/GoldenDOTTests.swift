import Foundation
import Testing

@testable import KinGraphRender

/// The DOT text of the fixture diagrams, byte for byte. After an intended change,
/// regenerate with `KINGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenDOT` and
/// review the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KINGRAPH_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}

@Test(arguments: ["people", "events"])
func dotMatchesGoldenFile(view: String) throws {
    let diagram = view == "people" ? TestDiagrams.people() : TestDiagrams.events()
    try Golden.check(DOTEncoder().encode(diagram), against: "family-\(view).dot")
}

@Test func dotIsTheSameEveryTime() {
    let first = DOTEncoder().encode(TestDiagrams.people())
    for _ in 0..<3 { #expect(DOTEncoder().encode(TestDiagrams.people()) == first) }
}

@Test func goldenDOTRendersWithTheDotCommandToo() throws {
    // The DOT text is what cgraph builds in-process: parsed back, it has the same
    // nodes and edges.
    let spec = GraphSpec(TestDiagrams.events())
    let read = try DOTReader.read(DOTEncoder().encode(spec), attributes: ["label"])
    #expect(Set(read.nodes) == Set(spec.allNodes.map(\.name)))
    #expect(read.edgeCount == Set(spec.edges.map { "\($0.tail)->\($0.head)" }).count)
}
