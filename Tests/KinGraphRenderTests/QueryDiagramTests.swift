import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphRender

/// Diagrams of real query answers on the family fixture, worked out by hand.
private struct Family {
    let archive = TestArchives.family()
    let graph: ArchiveGraph
    var scratch = GraphScratch()

    init() throws {
        graph = try ArchiveGraph(archive)
    }

    func index(_ id: String) throws -> Int32 { try #require(graph.personIndex(id)) }
}

@Test func becauseOfDrawsTheActorTheChainsAndThePunished() throws {
    var family = try Family()
    let result = family.graph.becauseOf(person: try family.index("P-03"), scratch: &family.scratch)
    let diagrams = QueryDiagrams(archive: family.archive)
    let people = diagrams.becauseOf(result, view: .people)
    let protectedID = Redactor(family.archive).redactedID(for: "P-04")
    #expect(Set(people.nodes.map(\.id)) == ["P-01", "P-02", "P-03", protectedID, "P-06", "P-07"])
    #expect(people.title[1] == "Who was punished because of Kim Yong-nam?")
    #expect(people.edges.filter { $0.look == .punishedBecauseOf }.count == 5)
    let events = diagrams.becauseOf(result, view: .events)
    #expect(Set(events.nodes.map(\.id)) == ["E-01", "E-02", "E-03", "E-04", "E-05", "E-06", "E-07"])
    #expect(events.edges.count == 6)
}

@Test func implicatedLabelsRelativesWithKinshipAndStatus() throws {
    var family = try Family()
    let result = try family.graph.implicated(person: try family.index("P-03"), depth: 3, scratch: &family.scratch)
    let diagram = QueryDiagrams(archive: family.archive).implicated(result, view: .people)
    #expect(diagram.nodes.count == 7)
    let child = try #require(diagram.nodes.first { $0.id == "P-05" })
    #expect(child.label.last?.hasSuffix(": at risk") == true)
    let father = try #require(diagram.nodes.first { $0.id == "P-01" })
    #expect(father.label.last == "father: punished for the escape" || father.label.last == "parent: punished for the escape")
    let broker = try #require(diagram.nodes.first { $0.id == "P-07" })
    #expect(broker.label.last == "punished (not family)")
    #expect(diagram.title[1] == "Which relatives of Kim Yong-nam (within 3 steps) were implicated by their escape?")
}

@Test func protectedFocusIsNamedByPseudonymInTheTitle() throws {
    var family = try Family()
    let result = family.graph.timeline(person: try family.index("P-04"), scratch: &family.scratch)
    let archive = family.archive
    let diagram = QueryDiagrams(archive: archive).timeline(result, view: .events)
    let pseudonym = try #require(Redactor(archive).pseudonym(for: "P-04"))
    #expect(diagram.title[1] == "What happened to \(pseudonym), and what followed?")
    #expect(diagram.nodes.map(\.id) == ["E-01", "E-04"])
    #expect(diagram.nodes.last?.shape == .focusEvent)
    let dot = DOTEncoder().encode(diagram)
    for secret in TestArchives.protectedStrings { #expect(!dot.contains(secret), "\(secret)") }
    let revealed = QueryDiagrams(archive: archive, revealProtected: true).timeline(result, view: .events)
    #expect(revealed.title[1] == "What happened to Pak Mi-ran, and what followed?")
}

@Test func pathWithoutConnectionSaysSo() throws {
    var archive = TestArchives.family()
    archive.people.append(Person(id: "P-99", name: "Loner", sources: ["T-001"]))
    var scratch = GraphScratch()
    let graph = try ArchiveGraph(archive)
    let result = graph.path(
        from: try #require(graph.personIndex("P-01")), to: try #require(graph.personIndex("P-99")), scratch: &scratch)
    let diagram = QueryDiagrams(archive: archive).path(result, view: .people)
    #expect(diagram.nodes.isEmpty)
    #expect(diagram.emptyMessage == "No connection found")
    let svg = try SVGDocument(GraphvizRenderer().render(diagram, format: .svg).bytes)
    #expect(svg.texts.contains("No connection found"))
}

@Test func pathDrawsThePeopleOnIt() throws {
    var family = try Family()
    let result = family.graph.path(
        from: try family.index("P-05"), to: try family.index("P-07"), scratch: &family.scratch)
    let diagram = QueryDiagrams(archive: family.archive).path(result, view: .people)
    #expect(diagram.nodes.map(\.id) == ["P-03", "P-05", "P-07"])
    // The broker tie, and the broker's arrest exposed by the defection.
    #expect(Set(diagram.edges.map(\.look)) == [.parent, .otherTie, .punishedBecauseOf])
}

@Test func minConfidenceDropsWeakRecordsFromTheDrawing() throws {
    var family = try Family()
    let result = try family.graph.neighbors(person: try family.index("P-03"), depth: 1, scratch: &family.scratch)
    let all = QueryDiagrams(archive: family.archive).neighbors(result, view: .people)
    #expect(all.edges.contains { $0.look == .otherTie })
    let strong = QueryDiagrams(archive: family.archive, minConfidence: .singleSource).neighbors(result, view: .people)
    #expect(!strong.edges.contains { $0.look == .otherTie })
    // The hearsay link E-01 -> E-07 is gone too.
    #expect(!strong.edges.contains { $0.from == "P-03" && $0.to == "P-07" })
}

/// The explorer draws from the graph it holds (`QueryDiagrams(graph:)`); the CLI from
/// the archive. Both must draw the same, at every confidence, in both views.
@Test(arguments: [Confidence.hearsay, .corroborated])
func drawingFromTheGraphIsDrawingFromTheArchive(level: Confidence) throws {
    var family = try Family()
    let fromArchive = QueryDiagrams(archive: family.archive, revealProtected: true, minConfidence: level)
    let fromGraph = QueryDiagrams(graph: family.graph, minConfidence: level)
    let encoder = DOTEncoder()
    var compared = 0
    for person in family.archive.people {
        let p = try family.index(person.id)
        let becauseOf = family.graph.becauseOf(person: p, minConfidence: level, scratch: &family.scratch)
        // Only people with an escape have an implicated answer.
        let implicated = try? family.graph.implicated(person: p, depth: 3, minConfidence: level, scratch: &family.scratch)
        let neighbors = try family.graph.neighbors(person: p, depth: 2, minConfidence: level, scratch: &family.scratch)
        let timeline = family.graph.timeline(person: p, minConfidence: level, scratch: &family.scratch)
        for view in [DiagramView.people, .events] {
            var pairs = [
                (fromArchive.becauseOf(becauseOf, view: view), fromGraph.becauseOf(becauseOf, view: view)),
                (fromArchive.neighbors(neighbors, view: view), fromGraph.neighbors(neighbors, view: view)),
                (fromArchive.timeline(timeline, view: view), fromGraph.timeline(timeline, view: view)),
            ]
            if let implicated {
                pairs.append((fromArchive.implicated(implicated, view: view), fromGraph.implicated(implicated, view: view)))
            }
            for (a, b) in pairs {
                #expect(encoder.encode(a) == encoder.encode(b), "\(person.id) \(view)")
                compared += a.edges.count
            }
        }
    }
    #expect(compared > 0)
    // Everyone drawn: every tie and every link between two people at this level, as
    // a plain scan of the archive counts them.
    let archive = family.archive
    let events = Dictionary(archive.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let ties = archive.ties.filter { $0.from != $0.to && $0.effectiveConfidence >= level }.count
    let links = archive.links.filter { link in
        guard let cause = events[link.cause], let effect = events[link.effect] else { return false }
        return link.effectiveConfidence >= level && cause.effectiveConfidence >= level
            && effect.effectiveConfidence >= level && cause.person != effect.person
    }.count
    let everyone = fromGraph.neighborhood(people: archive.people.map(\.id), focus: nil, depth: nil, view: .people)
    #expect(everyone.edges.count == ties + links)
    let allEvents = fromGraph.neighborhood(people: archive.people.map(\.id), focus: nil, depth: nil, view: .events)
    #expect(allEvents.nodes.count == archive.events.filter { $0.effectiveConfidence >= level }.count)
}

/// An archive that does not hold together still draws what fits: a tie to nobody and
/// a second record with a taken id are left out, not a failure.
@Test func anArchiveThatDoesNotHoldTogetherStillDraws() throws {
    var archive = TestArchives.family()
    let first = archive.people[0]
    archive.ties.append(Tie(from: first.id, to: "P-404", kind: .sibling, sources: first.sources))
    archive.people.append(Person(id: first.id, name: "A second record", sources: first.sources))
    let diagram = QueryDiagrams(archive: archive, revealProtected: true)
        .neighborhood(people: archive.people.map(\.id), focus: nil, depth: nil, view: .people)
    #expect(diagram.nodes.contains { $0.id == first.id && $0.label.first == first.name })
    #expect(!diagram.nodes.contains { $0.id == "P-404" })
    #expect(diagram.edges.count > 0)
}
