import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// Renders the neighbourhood and the answers of many people of the sample archive in
/// this process: Graphviz 2.43 aborts or corrupts memory on some edge patterns
/// (parallel edges where one does not set ranks, labelled edges within one rank), and
/// this sweep is what showed it. A crash fails the whole test run.
@Test func sampleDiagramsRenderInProcess() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("graphs/sample.json").path
    let archive = try ArchiveReader.load(from: path).archive
    let graph = try ArchiveGraph(archive)
    let diagrams = QueryDiagrams(archive: archive)
    var scratch = GraphScratch()
    var rendered = 0
    for p in stride(from: Int32(0), to: Int32(archive.people.count), by: 2) {
        let around = graph.neighborhood(of: p, depth: 3, scratch: &scratch).map { graph.person($0.person).id }
        let person = graph.person(p).id
        var batch = [
            diagrams.neighborhood(people: [person] + around, focus: person, depth: 2, view: .people),
            diagrams.becauseOf(graph.becauseOf(person: p, scratch: &scratch), view: .people),
            diagrams.timeline(graph.timeline(person: p, scratch: &scratch), view: .events),
        ]
        if let implicated = try? graph.implicated(person: p, depth: 3, scratch: &scratch) {
            batch.append(diagrams.implicated(implicated, view: .people))
        }
        for diagram in batch {
            let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
            #expect(svg.nodeTitles.filter { !TestDiagrams.isInternal($0) }.count == diagram.nodes.count, "\(person)")
            rendered += 1
        }
    }
    #expect(rendered > 150)
}
