import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// Many tasks rendering at once take turns on the one Graphviz lock and each gets
/// its own, correct drawing.
@Test func concurrentRendersGiveCorrectOutput() async throws {
    let diagrams = [TestDiagrams.people(), TestDiagrams.events(), TestDiagrams.people(reveal: true)]
        + (1...5).map(chain(length:))
    let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
        for round in 0..<4 {
            for (index, diagram) in diagrams.enumerated() {
                group.addTask {
                    let format: OutputFormat = round == 3 ? .pdf : .svg
                    return (index, try GraphvizRenderer().render(diagram, format: format).bytes)
                }
            }
        }
        var all: [(Int, [UInt8])] = []
        for try await result in group { all.append(result) }
        return all
    }
    #expect(results.count == diagrams.count * 4)
    for (index, bytes) in results {
        if bytes.starts(with: Array("%PDF".utf8)) { continue }
        let svg = try SVGDocument(bytes)
        let diagram = diagrams[index]
        #expect(svg.nodeTitles.filter { !TestDiagrams.isInternal($0) }.sorted() == diagram.nodes.map(\.id).sorted())
        #expect(svg.edgeTitles.filter { !$0.contains("kg-") }.count == diagram.edges.count)
    }
}

/// A chain of `length * 3` people with parent ties.
private func chain(length: Int) -> Diagram {
    var diagram = Diagram(title: ["Chain \(length)"])
    diagram.nodes = (0..<(length * 3)).map { Diagram.Node(id: "c\(length)-\($0)", label: ["Person \($0)"]) }
    diagram.edges = zip(diagram.nodes, diagram.nodes.dropFirst()).map {
        Diagram.Edge(from: $0.id, to: $1.id, look: .parent)
    }
    diagram.clusters = [Diagram.Cluster(id: "h", look: .household, members: [diagram.nodes[0].id])]
    return diagram
}
