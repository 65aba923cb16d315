import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// Every record kind, every field, read from both forms of the small fixture.
@Suite struct ReadingTests {
    @Test func jsonFixtureReadsEveryRecordAndField() throws {
        let loaded = try ArchiveReader.load(from: Fixture.smallJSON)
        #expect(loaded.form == .json)
        #expect(loaded.warnings.isEmpty)
        let expected = Fixture.small
        #expect(loaded.archive.title == expected.title)
        #expect(loaded.archive.sources == expected.sources)
        #expect(loaded.archive.people == expected.people)
        #expect(loaded.archive.ties == expected.ties)
        #expect(loaded.archive.events == expected.events)
        #expect(loaded.archive.links == expected.links)
    }

    @Test func csvFixtureReadsEveryRecordAndField() throws {
        // The CSV files mix LF and CRLF, carry a BOM, reorder and add columns,
        // quote cells with commas, quotes and newlines, and leave a blank line.
        let loaded = try ArchiveReader.load(from: Fixture.smallCSV)
        #expect(loaded.form == .csvFolder)
        #expect(loaded.warnings.isEmpty)
        let expected = Fixture.small
        #expect(loaded.archive.title == expected.title)
        #expect(loaded.archive.sources == expected.sources)
        #expect(loaded.archive.people == expected.people)
        #expect(loaded.archive.ties == expected.ties)
        #expect(loaded.archive.events == expected.events)
        #expect(loaded.archive.links == expected.links)
    }

    @Test func explicitConfidenceIsKeptAndDefaultIsDerived() throws {
        let archive = try ArchiveReader.load(from: Fixture.smallJSON).archive
        #expect(archive.ties[0].confidence == .confirmed)
        #expect(archive.ties[1].confidence == nil)
        #expect(archive.ties[1].effectiveConfidence == .corroborated)
        #expect(archive.links[1].effectiveConfidence == .singleSource)
    }

    @Test func fuzzyDatesKeepTheirText() throws {
        let archive = try ArchiveReader.load(from: Fixture.smallCSV).archive
        #expect(archive.people.map { $0.born?.text } == ["1958?", "1985-02-28/1985-03", "/1990"])
        #expect(archive.events[2].date?.earliest == Day(year: 2016, month: 1, day: 1))
        #expect(archive.events[2].date?.latest == nil)
    }

    @Test func missingSectionsAreEmpty() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.json", Fixture.json())
        let archive = try ArchiveReader.load(from: path).archive
        #expect(archive.people.count == 1)
        #expect(archive.ties.isEmpty && archive.events.isEmpty && archive.links.isEmpty)
        #expect(archive.title == nil)
    }

    @Test func emptyCellsAndNullsAreAbsent() throws {
        let folder = try ScratchFolder()
        let json = try folder.write(
            "a.json",
            Fixture.json(people: #"[{"id": "P-1", "name": "Han Mi-ok", "hangul": "", "born": null, "sources": ["T-1", ""]}]"#))
        let person = try ArchiveReader.load(from: json).archive.people[0]
        #expect(person.hangul == nil && person.born == nil && person.sources == ["T-1"])
        let csv = try folder.csvFolder(replacing: ["people.csv": "id,name,hangul,born,sources\nP-1,Han Mi-ok,,,T-1;;\nP-2,Han Chol,,,T-1\n"])
        let fromCSV = try ArchiveReader.load(from: csv).archive.people[0]
        #expect(fromCSV == person)
    }

    @Test func unknownJSONFieldsAreWarnedOnceAndIgnored() throws {
        let folder = try ScratchFolder()
        let path = try folder.write(
            "a.json",
            Fixture.json(
                people: #"[{"id": "P-1", "name": "A", "sources": ["T-1"], "statuss": "x"}, {"id": "P-2", "name": "B", "sources": ["T-1"], "statuss": "y"}]"#))
        let loaded = try ArchiveReader.load(from: path)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.description.hasPrefix("people[0].statuss: warning: unknown field 'statuss' is ignored (in 2 records)") == true)
    }

    @Test func extraCSVColumnsAndUppercaseHeadersAreAccepted() throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: ["people.csv": "Notes,ID,Name,Sources\n\"long, note\",P-1,Han Mi-ok,T-1\n,P-2,Han Chol,T-1\n"])
        let archive = try ArchiveReader.load(from: path).archive
        #expect(archive.people.map(\.id) == ["P-1", "P-2"])
    }

    @Test func aDatabaseNameWithoutTheHeaderIsNotSQLite() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.sqlite", "x")
        #expect {
            try ArchiveReader.load(from: path)
        } throws: { error in
            "\(error)".contains("'\(path)'") && "\(error)".contains("it is not a SQLite database")
        }
    }

    @Test func aSQLiteFileIsLeftToTheStore() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("a.json", "SQLite format 3\u{0}" + String(repeating: " ", count: 100))
        #expect {
            try ArchiveReader.load(from: path)
        } throws: { error in
            "\(error)".contains("it is a SQLite archive, which KinGraphStore reads")
        }
    }
}
