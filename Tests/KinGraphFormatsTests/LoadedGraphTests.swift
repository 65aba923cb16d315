import KinGraphCore
import Testing

@testable import KinGraphFormats

/// `LoadedArchive.graph()`: the graph built on the references the validator resolved
/// (a loaded archive cannot be changed, so they always belong to its records).
@Suite struct LoadedGraphTests {
    @Test(arguments: [Fixture.smallCSV, Fixture.smallJSON])
    func theGraphOfALoadedArchiveIsTheGraphOfItsRecords(path: String) throws {
        let loaded = try ArchiveReader.load(from: path)
        let graph = try loaded.graph()
        let direct = try ArchiveGraph(loaded.archive)
        #expect(graph.personCount == direct.personCount && graph.eventCount == direct.eventCount)
        for person in loaded.archive.people {
            let p = try #require(graph.personIndex(person.id))
            #expect(graph.person(p).id == person.id && direct.personIndex(person.id) == p)
            #expect(graph.events(of: p).map { graph.event($0).id } == direct.events(of: p).map { direct.event($0).id })
        }
    }
}
