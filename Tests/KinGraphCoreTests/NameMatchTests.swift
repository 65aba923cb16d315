import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct NameMatchTests {
    @Test(arguments: [
        ("Kim Chol-su", "Gim Cheolsu"), ("Kim Chol-su", "KIM CHUL SOO"), ("Kim Chol-su", "김철수"),
        ("Ri Yong-hui", "Lee Young-hee"), ("Ri", "Yi"), ("Ri", "Rhee"), ("Ri", "I"), ("Ri", "Ree"),
        ("Pak", "Park"), ("Pak", "Bak"), ("Choe", "Choi"), ("Choe", "Choy"), ("Jong", "Jung"),
        ("Jong", "Chong"), ("Jong", "Chung"), ("Jong", "Jeong"), ("Kang", "Gang"), ("Ko", "Go"),
        ("Song", "Sung"), ("Hyon", "Hyun"), ("Hyon", "Hyeon"), ("Yong", "Young"), ("Yong", "Yeong"),
        ("O", "Oh"), ("Sin", "Shin"), ("Kwon", "Gwon"), ("Chŏl", "Cheol"), ("Ŭn", "Eun"),
        ("Kim Mi-na", "Kimmina"), ("Ri Chol-ryong", "Lee Cheollyong"), ("박정호", "Pak Jong-ho"),
        ("최현아", "Choe Hyon-a"), ("리철", "Ri Chol"), ("Ryu", "Yu"), ("Rim", "Im"),
    ])
    func romanisationVariantsShareAKey(a: String, b: String) {
        #expect(NameKey(a).canonical == NameKey(b).canonical, "\(NameKey(a).canonical) vs \(NameKey(b).canonical)")
    }

    @Test(arguments: [("Kim", "Pak"), ("Chol", "Chang"), ("Kim Chol-su", "Kim Chol-ho"), ("Ri", "Ra")])
    func differentNamesStayApart(a: String, b: String) {
        #expect(NameKey(a).canonical != NameKey(b).canonical)
    }

    @Test func findRanksBestFirst() throws {
        let graph = try HyesanFixture.graph()
        let found = graph.find("Kim Chol-su")
        #expect(found.results.first?.person == "P-01" && found.results.first?.score == 100)
        #expect(graph.find("gim cheolsu").results.first?.matched == "Gim Cheol-su")
        #expect(graph.find("Gim Chul Soo").results.first.map { ($0.person, $0.score) } ?? ("", 0) == ("P-01", 90))
        #expect(graph.find("김철수").results.first?.score == 100)
        // "Kim" is a word of every Kim: all of them match in part, by id, same score.
        let kims = graph.find("Gim")
        #expect(kims.results.isEmpty)
        #expect(kims.partial.map(\.person) == ["P-01", "P-03", "P-04", "P-08", "P-09", "P-10"])
        #expect(Set(kims.partial.map(\.score)) == [60])
        #expect(graph.find("Chol-su Kim").partial.first?.score == 80)
        #expect(graph.find("Kim Chol").partial.map(\.person) == ["P-01"])  // the start of Kim Chol-su
        let none = graph.find("Zzyzx")
        #expect(none.results.isEmpty && none.partial.isEmpty)
    }

    @Test func resolvingAPersonArgument() throws {
        let graph = try HyesanFixture.graph()
        #expect(try graph.resolvePerson("P-07") == 6)
        #expect(try graph.resolvePerson("Choi Man Sik") == 6)
        #expect(try graph.resolvePerson("Lee Chul") == 12)  // Ri Chol, not Kim Chol-su
        // A partial match is not enough, even when it is the only one; it is suggested.
        do {
            _ = try graph.resolvePerson("Chol-su Kim")
            Issue.record("the words in another order are a partial match")
        } catch {
            guard case .unknownPerson(_, let closest) = error else { throw error }
            #expect(closest.first == "Kim Chol-su (P-01)" && closest.count == 5)
        }
        do {
            _ = try graph.resolvePerson("Kim Chal-su")
            Issue.record("no one is called that")
        } catch {
            guard case .unknownPerson(_, let closest) = error else { throw error }
            #expect(closest.first == "Kim Chol-su (P-01)" && closest.count == 5)
        }
    }

    @Test func severalEquallyGoodMatchesAreAmbiguous() throws {
        var b = ArchiveBuilder()
        b.person("P-1", "Kim Chol")
        b.person("P-2", "Gim Cheol")
        b.person("P-3", "Ri Sun", aliases: ["Kim Chul"])
        let graph = try b.graph()
        // Three spellings of one name (the third an alias): several matches are an
        // error listing them, even where one is spelt exactly as asked.
        #expect(throws: QueryError.self) { try graph.resolvePerson("kim-chol") }
        #expect(try graph.resolvePerson("P-2") == 1)
        #expect(
            throws: QueryError.ambiguousPerson(
                "Kim Cheol", candidates: ["Kim Chol (P-1)", "Gim Cheol (P-2)", "Ri Sun (P-3)"])
        ) { try graph.resolvePerson("Kim Cheol") }
    }
}
