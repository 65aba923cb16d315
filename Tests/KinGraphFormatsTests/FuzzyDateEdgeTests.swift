import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// Fuzzy dates at month and year edges, read through an archive so the readers'
/// handling (trimming, caching, messages) is covered too.
@Suite struct FuzzyDateEdgeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let earliest: String?
        let latest: String?
        var testDescription: String { text }
    }

    static let valid: [Case] = [
        Case(text: "2012-02", earliest: "2012-02-01", latest: "2012-02-29"),
        Case(text: "2013-02", earliest: "2013-02-01", latest: "2013-02-28"),
        Case(text: "2000-02", earliest: "2000-02-01", latest: "2000-02-29"),
        Case(text: "1900-02", earliest: "1900-02-01", latest: "1900-02-28"),
        Case(text: "2012-02-29", earliest: "2012-02-29", latest: "2012-02-29"),
        Case(text: "2011-12", earliest: "2011-12-01", latest: "2011-12-31"),
        Case(text: "2011-12-31/2012-01-01", earliest: "2011-12-31", latest: "2012-01-01"),
        Case(text: "2011-12/2012-01", earliest: "2011-12-01", latest: "2012-01-31"),
        Case(text: "2013", earliest: "2013-01-01", latest: "2013-12-31"),
        Case(text: "2013?", earliest: "2013-01-01", latest: "2013-12-31"),
        Case(text: "2013-04~", earliest: "2013-04-01", latest: "2013-04-30"),
        Case(text: "2013-04-30?", earliest: "2013-04-30", latest: "2013-04-30"),
        Case(text: "/2011", earliest: nil, latest: "2011-12-31"),
        Case(text: "2015/", earliest: "2015-01-01", latest: nil),
        Case(text: "2014~/2015?", earliest: "2014-01-01", latest: "2015-12-31"),
    ]

    @Test(arguments: valid)
    func validDatesHaveTheirBounds(_ c: Case) throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "events.csv": "id,person,kind,date,sources\nE-1,P-1,escape-attempt, \(c.text) ,T-1\nE-2,P-2,arrest,,T-1\n"
        ])
        let date = try #require(try ArchiveReader.load(from: path).archive.events[0].date)
        #expect(date.text == c.text)
        #expect(date.earliest?.description == c.earliest)
        #expect(date.latest?.description == c.latest)
    }

    static let invalid: [(String, String)] = [
        ("2013-13", "month 13 does not exist"),
        ("2013-00", "month 0 does not exist"),
        ("2013-02-30", "day 30 does not exist"),
        ("2013-02-29", "day 29 does not exist"),
        ("1900-02-29", "day 29 does not exist"),
        ("2013-04-31", "day 31 does not exist"),
        ("2013-12-32", "day 32 does not exist"),
        ("yesterday", "the year must have four digits"),
        ("13-04", "the year must have four digits"),
        ("2013-4", "month and day must have two digits"),
        ("2015/2014", "the interval ends before it starts"),
        ("/", "an interval needs at least one side"),
        ("0000", "year 0000 does not exist"),
    ]

    @Test(arguments: invalid)
    func invalidDatesAreReportedWithTheReason(_ text: String, _ reason: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write(
            "a.json",
            Fixture.json(people: #"[{"id": "P-1", "name": "A", "born": "\#(text)", "sources": ["T-1"]}]"#))
        let found = problems(loading: path).map(\.description)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("people[0].born (P-1): born '\(text)' is not a date: \(reason)") == true)
    }

    @Test func comparisonsAroundTheAccession() throws {
        let accession = try #require(Day(year: 2011, month: 12, day: 17))
        #expect(try FuzzyDate(parsing: "2011-12").compare(to: accession) == .uncertain)
        #expect(try FuzzyDate(parsing: "2011-12-16").compare(to: accession) == .before)
        #expect(try FuzzyDate(parsing: "2011-12-17").compare(to: accession) == .after)
        #expect(try FuzzyDate(parsing: "2012~").compare(to: accession) == .after)
        #expect(try FuzzyDate(parsing: "/2011").compare(to: accession) == .uncertain)
        #expect(try FuzzyDate(parsing: "/2010").compare(to: accession) == .before)
        #expect(try FuzzyDate(parsing: "2012/").compare(to: accession) == .after)
    }
}
