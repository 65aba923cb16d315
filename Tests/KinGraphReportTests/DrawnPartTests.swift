import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphRender
import Testing

/// The dossier hands `QueryDiagrams` only the part of the archive its diagrams show;
/// on the sample, every diagram must come out as from the whole archive.
@Suite struct DrawnPartTests {
    @Test func thePartDrawsWhatTheWholeArchiveDraws() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/graphs/sample.json"
        let loaded = try ArchiveReader.load(from: path)
        let archive = Redactor(loaded.archive).redact(loaded.archive)
        let graph = try ArchiveGraph(archive)
        let whole = QueryDiagrams(archive: archive)
        var scratch = GraphScratch()
        var compared = 0
        for p in stride(from: Int32(0), to: Int32(graph.personCount), by: 7) {
            let timeline = graph.timeline(person: p, scratch: &scratch)
            let family = try graph.neighbors(person: p, depth: 1, familyOnly: true, scratch: &scratch)
            var shown = Set([graph.person(p).id] + timeline.events.map(\.person) + family.results.map(\.person))
            shown.insert(graph.person(p).id)
            var part = archive.restricted(toPeople: shown)
            part.sources = archive.sources
            let drawn = QueryDiagrams(archive: part)
            #expect(drawn.neighbors(family, view: .people) == whole.neighbors(family, view: .people), "family of \(graph.person(p).id)")
            #expect(drawn.timeline(timeline, view: .events) == whole.timeline(timeline, view: .events), "events of \(graph.person(p).id)")
            compared += 1
        }
        #expect(compared == 31)  // every seventh of the sample's 215 people
    }
}
