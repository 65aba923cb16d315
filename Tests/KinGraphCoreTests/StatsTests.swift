import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct StatsTests {
    @Test func boundaryDaysAreRight() throws {
        #expect(ArchiveGraph.accession == Day(year: 2011, month: 12, day: 17))
        #expect(ArchiveGraph.borderClosure == Day(year: 2020, month: 1, day: 22))
    }

    @Test func theFixtureInTheReportsTerms() throws {
        let stats = try HyesanFixture.graph().stats()
        #expect(stats.people == 15 && stats.punished == 13 && stats.cases == 3 && stats.testimonies == 3)
        #expect(stats.where == .init(KP: 9, abroad: 3, unknown: 1))
        // Before: P-05 (2010-06). Uncertain: P-10 (undated), P-15 (2011-12 straddles the
        // accession). P-14, executed on 2011-12-17 itself, is after.
        #expect(stats.era == .init(before: 1, after: 10, uncertain: 2))
        #expect(stats.covid == .init(before: 10, after: 1, uncertain: 2))
        // P-13's first is E-06 (E-19 starts the same day but has the larger id): contact-abroad.
        #expect(
            stats.why
                == .init(
                    defection: 2, guiltByAssociation: 4, contactAbroad: 1, smuggling: 1, religion: 0, foreignMedia: 0,
                    other: 1, unknown: 4))
    }

    @Test func confidenceFilter() throws {
        let stats = try HyesanFixture.graph().stats(minConfidence: .singleSource)
        #expect(stats.punished == 12)  // P-09's only punishment is hearsay
        #expect(stats.why.guiltByAssociation == 2 && stats.why.unknown == 5)  // P-06's link is hearsay
    }

    @Test func undatedComesLastAndOpenStartFirst() throws {
        var b = ArchiveBuilder()
        b.person("P-1", "Ri Chol")
        try b.event("E-1", "P-1", .arrest, nil, country: "CN")
        try b.event("E-2", "P-1", .detention, "2015", country: "KP")
        try b.event("E-3", "P-1", .detention, "/2016", country: "RU")
        var stats = try b.graph().stats()
        #expect(stats.where.abroad == 1 && stats.era.uncertain == 1)  // E-3, open at the start
        b.archive.events.removeLast()
        stats = try b.graph().stats()
        #expect(stats.where.KP == 1 && stats.era.after == 1)  // E-2 before the undated E-1
    }
}
