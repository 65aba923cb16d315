import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

/// The exports of graphs/sample.json: 215 people, 556 events, 254 ties, 444 links.
@Suite("Exports of the sample archive")
struct SampleArchiveTests {
    static func sample() throws -> Archive {
        try ArchiveReader.load(from: ExchangeFixtures.root.appendingPathComponent("graphs/sample.json").path).archive
    }

    /// `archive` with every explicit confidence that equals the default dropped:
    /// GraphML writes the effective confidence, so that is what it can give back.
    static func defaultConfidencesDropped(_ archive: Archive) -> Archive {
        var a = archive
        func drop(_ c: Confidence?, _ n: Int) -> Confidence? { c == Confidence.effective(nil, sourceCount: n) ? nil : c }
        for i in a.ties.indices { a.ties[i].confidence = drop(a.ties[i].confidence, a.ties[i].sources.count) }
        for i in a.events.indices { a.events[i].confidence = drop(a.events[i].confidence, a.events[i].sources.count) }
        for i in a.links.indices { a.links[i].confidence = drop(a.links[i].confidence, a.links[i].sources.count) }
        return a
    }

    /// The first record that differs, named, or `nil` when the archives are equal.
    static func firstDifference(_ a: Archive, _ b: Archive) -> String? {
        if a.title != b.title { return "title" }
        for (x, y) in zip(a.sources, b.sources) where x != y { return "source \(x) vs \(y)" }
        for (x, y) in zip(a.people, b.people) where x != y { return "person \(x) vs \(y)" }
        for (x, y) in zip(a.ties, b.ties) where x != y { return "tie \(x) vs \(y)" }
        for (x, y) in zip(a.events, b.events) where x != y { return "event \(x) vs \(y)" }
        for (x, y) in zip(a.links, b.links) where x != y { return "link \(x) vs \(y)" }
        let counts = [a.sources.count, a.people.count, a.ties.count, a.events.count, a.links.count]
        let others = [b.sources.count, b.people.count, b.ties.count, b.events.count, b.links.count]
        return counts == others ? nil : "counts \(counts) vs \(others)"
    }

    @Test("GraphML and FtM of the sample archive read back unchanged")
    func roundTrips() throws {
        let archive = try Self.sample()
        let graphML = try GraphMLImporter().read(Data(GraphMLExporter().export(archive).utf8), fileName: "s.graphml")
        #expect(graphML.notes.isEmpty)
        let expected = Self.defaultConfidencesDropped(archive)
        #expect(Self.firstDifference(graphML.archive, expected) == nil)
        #expect(expected != archive, "the sample has explicit default confidences, so the normalisation is exercised")
        let ftm = try FtMImporter().read(Data(FtMExporter().export(archive).utf8), fileName: "s.json")
        #expect(ftm.notes.isEmpty)
        // FtM keeps a value once per property: a source cited twice by one record
        // (the sample's E-0381 cites D-001 twice) comes back once.
        var ftmExpected = archive
        ftmExpected.title = "Imported from s.json"
        func once(_ ids: SourceList) -> SourceList { SourceList(ids.enumerated().filter { !ids[..<$0.offset].contains($0.element) }.map(\.element)) }
        for i in ftmExpected.people.indices { ftmExpected.people[i].sources = once(ftmExpected.people[i].sources) }
        for i in ftmExpected.ties.indices { ftmExpected.ties[i].sources = once(ftmExpected.ties[i].sources) }
        for i in ftmExpected.events.indices { ftmExpected.events[i].sources = once(ftmExpected.events[i].sources) }
        for i in ftmExpected.links.indices { ftmExpected.links[i].sources = once(ftmExpected.links[i].sources) }
        #expect(Self.firstDifference(ftm.archive, ftmExpected) == nil)
        #expect(ArchiveValidator.validate(ftm.archive).filter(\.isError).isEmpty)
    }

    @Test("networkx finds every node and edge of the sample's GraphML and GEXF; followthemoney zero errors",
          .enabled(if: Consumers.available))
    func consumers() throws {
        let archive = try Self.sample()
        let (status, output) = try ConsumerTests().check(archive)
        let counts = ExchangeFixtures.graphCounts(archive)
        #expect(counts.nodes == 215 + 556 && counts.edges == 254 + 444 + 556)
        #expect(status == 0, "\(output)")
        #expect(output.contains("graphml: networkx read \(counts.nodes) nodes, \(counts.edges) edges"), "\(output)")
        #expect(output.contains("gexf: networkx read \(counts.nodes) nodes, \(counts.edges) edges"), "\(output)")
    }
}
