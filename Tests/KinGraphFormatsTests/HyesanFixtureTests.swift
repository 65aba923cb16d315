import KinGraphCore
import KinGraphFormats
import KinGraphTestSupport
import Testing

/// The Hyesan family exists twice: in code (`HyesanFixture`, for the query tests) and
/// as `hyesan.json` (for the command tests). They must hold the same records.
@Suite struct HyesanFixtureTests {
    @Test func theJSONFileHoldsTheFamilyBuiltInCode() throws {
        let file = try ArchiveReader.load(from: TestFixtures.hyesanJSON).archive
        let code = try HyesanFixture.archive()
        #expect(file.sources == code.sources)
        #expect(file.people == code.people)
        #expect(file.ties == code.ties)
        #expect(file.events == code.events)
        #expect(file.links == code.links)
        #expect(file.people.count == 15 && file.events.count == 19)
    }
}
