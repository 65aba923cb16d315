import KinGraphCore
import Testing

@testable import KinGraphFormats

/// `LoadedArchive.graph()`: the graph built on the references the validator resolved.
@Suite struct LoadedGraphTests {
    @Test(arguments: [Fixture.smallCSV, Fixture.smallJSON])
    func theGraphOfALoadedArchiveIsTheGraphOfItsRecords(path: String) throws {
        let loaded = try ArchiveReader.load(from: path)
        #expect(loaded.resolved != nil)
        let graph = try loaded.graph()
        let direct = try ArchiveGraph(loaded.archive)
        #expect(graph.personCount == direct.personCount && graph.eventCount == direct.eventCount)
        for person in loaded.archive.people {
            let p = try #require(graph.personIndex(person.id))
            #expect(graph.person(p).id == person.id && direct.personIndex(person.id) == p)
            #expect(graph.events(of: p).map { graph.event($0).id } == direct.events(of: p).map { direct.event($0).id })
        }
    }

    @Test func aChangedArchiveIsIndexedAfresh() throws {
        var loaded = try ArchiveReader.load(from: Fixture.smallCSV)
        let before = try loaded.graph().personCount
        let first = try #require(loaded.archive.people.first)
        loaded.archive.people.append(Person(id: "P-added", name: "Han Mi-ok", sources: first.sources))
        let graph = try loaded.graph()
        #expect(graph.personCount == before + 1 && graph.personIndex("P-added") == Int32(before))
    }
}
