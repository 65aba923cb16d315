import Testing

@testable import KinGraphCore

/// A line of descent and a chain of causes hundreds of thousands deep (what a hostile
/// or generated GEDCOM gives): validating, indexing and asking must use no recursion
/// and memory in proportion to the archive.
@Suite struct DeepChainTests {
    static let depth = 200_000

    /// Person i is the parent of person i + 1; event i (of person i) led to event i + 1.
    /// The first and last events are defections, the others arrests.
    static func chain(closingLinks: Bool = false) -> Archive {
        let n = depth
        let people = (0..<n).map { Person(id: "P\($0)", name: "Person \($0)", sources: ["T"]) }
        let ties = (1..<n).map { Tie(from: "P\($0 - 1)", to: "P\($0)", kind: .parent, sources: ["T"]) }
        let events = (0..<n).map { Event(id: "E\($0)", person: "P\($0)", kind: $0 == 0 || $0 == n - 1 ? .defection : .arrest, sources: ["T"]) }
        var links = (1..<n).map { Link(cause: "E\($0 - 1)", effect: "E\($0)", kind: .ledTo, sources: ["T"]) }
        if closingLinks { links.append(Link(cause: "E\(n - 1)", effect: "E0", kind: .ledTo, sources: ["T"])) }
        return Archive(sources: [Source(id: "T", kind: .testimony)], people: people, ties: ties, events: events, links: links)
    }

    @Test func aDeepChainValidatesIndexesAndAnswers() throws {
        let archive = Self.chain()
        #expect(ArchiveValidator.validate(archive).filter(\.isError).isEmpty)
        let graph = try ArchiveGraph(archive)
        var scratch = GraphScratch()
        let last = Int32(Self.depth - 1)
        let everyone = try graph.neighbors(person: 0, depth: Int.max, familyOnly: true, scratch: &scratch)
        #expect(everyone.results.count == Self.depth - 1)
        let path = graph.path(from: 0, to: last, scratch: &scratch)
        #expect(path.path?.count == Self.depth)
        let reached = graph.punishedBecauseOf(person: 0, scratch: &scratch)
        #expect(reached.count == Self.depth - 2)  // every arrest
        #expect(reached.last?.chainLength == Self.depth - 1)  // E0 … E(n-2), counted in events
        let timeline = graph.timeline(person: last / 2, scratch: &scratch)
        #expect(!timeline.events.isEmpty)
        // From the last generation, whose escape reaches no one: the whole line is
        // family, and its kinship stays compact past `maxKinshipSteps` hops.
        let family = try graph.implicated(person: last, depth: Self.depth, scratch: &scratch)
        #expect(family.relatives.count == Self.depth - 1)
        #expect(family.relatives.allSatisfy { $0.steps.count <= ArchiveGraph.maxKinshipSteps })
    }

    @Test func aCycleAsLongAsTheArchiveIsFoundWithoutRecursion() {
        let problems = ArchiveValidator.validate(Self.chain(closingLinks: true)).filter(\.isError)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("causes cannot loop") == true, "\(problems.first?.message.prefix(200) ?? "")")
    }
}
