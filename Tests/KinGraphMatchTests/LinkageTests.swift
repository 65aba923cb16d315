import KinGraphCore
import Testing

@testable import KinGraphMatch

/// The linkage on the two-testimony archive, whose answer was worked out by hand:
/// P-01 = P-09 and P-02 = P-10; the siblings P-05, P-06 and the namesake P-11 are
/// other people.
@Suite struct LinkageTests {
    @Test func findsTheTwoPeopleRecordedTwice() throws {
        let result = RecordLinkage.run(try TwoTestimonies.archive())
        #expect(result.pairs.map { [$0.a, $0.b] } .sorted { $0[0] < $1[0] } == [["P-01", "P-09"], ["P-02", "P-10"]])
        #expect(result.clusters == [["P-01", "P-09"], ["P-02", "P-10"]])
        #expect(result.pairs.allSatisfy { $0.probability >= RecordLinkage.defaultThreshold })
        let kim = try #require(result.pairs.first { $0.a == "P-01" })
        let evidence = Dictionary(uniqueKeysWithValues: kim.evidence.map { ($0.field, $0) })
        #expect(evidence[.name]?.level == 3)
        #expect(evidence[.home]?.level == 2)  // Hyesan, Ryanggang = 혜산시
        #expect(evidence[.born]?.level == 2)  // 1961~ and 1962: within a year
        #expect(evidence[.relatives]?.level == 3)  // both children of P-03 and P-04
        #expect(evidence[.events]?.level == 2)  // a defection in Hyesan in 2013
        #expect(kim.aSources == ["T-1"] && kim.bSources == ["T-2"])
    }

    @Test func theNamesakeAndTheSiblingsAreNotProposed() throws {
        let result = RecordLinkage.run(try TwoTestimonies.archive(), threshold: 0.01)
        let proposed = Set(result.pairs.map { IDPair($0.a, $0.b) })
        #expect(!proposed.contains(IDPair("P-01", "P-05")))
        #expect(!proposed.contains(IDPair("P-01", "P-06")))
        #expect(!proposed.contains(IDPair("P-09", "P-05")))
        let namesake = result.pairs.first { IDPair($0.a, $0.b) == IDPair("P-01", "P-11") }
        #expect((namesake?.probability ?? 0) < RecordLinkage.defaultThreshold)
    }

    @Test func aPairMarkedDifferentIsNotProposedAgain() throws {
        let result = RecordLinkage.run(try TwoTestimonies.archive(), different: [IDPair("P-10", "P-02")])
        #expect(result.pairs.map { IDPair($0.a, $0.b) } == [IDPair("P-01", "P-09")])
        #expect(result.knownDifferent == 1)
    }

    @Test func theSameArchiveGivesTheSameAnswer() throws {
        let archive = try TwoTestimonies.archive()
        #expect(ReviewSheet.text(RecordLinkage.run(archive), archive) == ReviewSheet.text(RecordLinkage.run(archive), archive))
    }

    @Test func aChainThroughDifferentPeopleIsBroken() throws {
        // Two accepted pairs a=b and b=c where a and c are of different sex.
        let cache = NameCache()
        func record(_ sex: Sex) -> MatchRecord {
            MatchRecord(names: [PersonName("Kim Chol-su", cache: cache)], sex: sex, born: nil, home: nil, relatives: [],
                        relativeNames: [], tied: [], events: [])
        }
        let records = [record(.male), MatchRecord(names: [PersonName("Kim Chol-su", cache: cache)], sex: nil, born: nil, home: nil, relatives: [], relativeNames: [], tied: [], events: []), record(.female)]
        let accepted = [(Blocking.pair(0, 1), 0.99), (Blocking.pair(1, 2), 0.95)]
        let result = Clustering.cluster(accepted.map { ($0.0, $0.1) }, records: records, different: [])
        #expect(result.clusters == [[0, 1]])
        #expect(result.brokenChains == [Blocking.pair(1, 2)])
    }

    @Test func emKeepsAgreementSpeakingForAMatch() throws {
        // Whatever EM finds, m/u rises with the level of every field.
        let result = RecordLinkage.run(try TwoTestimonies.archive())
        for field in Field.allCases {
            let weights = (0..<field.levels).map { result.model.weight(field, $0) }
            #expect(weights == weights.sorted(), "\(field): \(weights)")
        }
        #expect(result.model.weight(.relatives, 0) < -10)
    }
}
