import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// The limits that keep a hostile input from exhausting the machine: each is a clear
/// error naming the place, with memory bounded and no deep recursion.
@Suite struct ReadLimitsTests {
    /// The problems of an in-memory archive that must fail to load.
    private func problems(_ load: () throws(ArchiveLoadError) -> LoadedArchive) -> [String] {
        do throws(ArchiveLoadError) {
            _ = try load()
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private func csv(replacing name: String, with bytes: [UInt8]) -> [String: [UInt8]] {
        var files = Fixture.minimalCSV.mapValues { Array($0.utf8) }
        files[name] = bytes
        return files
    }

    // MARK: file size

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("big.json", Fixture.json())
        let limits = ReadLimits(maxFileBytes: 100)
        do throws(ArchiveLoadError) {
            _ = try ArchiveReader.load(from: path, limits: limits)
            Issue.record("a file over the limit was read")
        } catch {
            let text = error.description
            #expect(text.contains(path), "\(text)")
            #expect(text.contains("over the limit of 100;"), "\(text)")
            #expect(text.contains("KINGRAPH_MAX_INPUT_BYTES"), "the message says how to raise it: \(text)")
        }
        #expect(throws: Never.self) { try ArchiveReader.load(from: path, limits: ReadLimits(maxFileBytes: 1 << 20)) }
        // A JSON archive has its own, lower limit: its parser takes far more memory.
        do throws(ArchiveLoadError) {
            _ = try ArchiveReader.load(from: path, limits: ReadLimits(maxFileBytes: 1 << 20, maxJSONFileBytes: 100))
            Issue.record("a JSON file over the JSON limit was read")
        } catch {
            #expect(error.description.contains("convert it with 'kingraph convert'"), "\(error)")
        }
    }

    @Test func aCSVFileOverTheLimitIsAProblemOnThatFile() throws {
        let folder = try ScratchFolder()
        for (name, text) in Fixture.minimalCSV { try folder.write("archive/" + name, text) }
        do throws(ArchiveLoadError) {
            _ = try ArchiveReader.load(from: folder.path + "/archive", limits: ReadLimits(maxFileBytes: 45))
            Issue.record("a CSV file over the limit was read")
        } catch {
            let text = error.problems.map(\.description).joined(separator: "\n")
            #expect(text.contains("people.csv: cannot be read: the file has"), "\(text)")
            #expect(text.contains("events.csv: cannot be read: the file has"), "\(text)")
        }
    }

    @Test(arguments: [
        ("1048576", 1_048_576), ("512K", 512 << 10), ("100M", 100 << 20), ("4G", 4 << 30), ("4gib", 4 << 30),
        ("2GB", 2 << 30), (" 3G ", 3 << 30),
    ])
    func sizesParse(text: String, bytes: Int) {
        #expect(ReadLimits.parseSize(text) == bytes)
    }

    @Test(arguments: ["", "G", "-1", "0", "1.5G", "lots", "99999999999999999999", "9999999999T", "1 G"])
    func nonSizesAreRefused(text: String) {
        #expect(ReadLimits.parseSize(text) == nil)
    }

    // MARK: JSON nesting

    @Test func jsonNestedPastTheFormatIsRefusedWithItsPlace() {
        let deep = String(repeating: "[", count: 6) + String(repeating: "]", count: 6)
        let text = #"{"format": "kingraph-archive/1","# + "\n" + #""people": [{"id": "P-1", "x": "# + deep + "}]}"
        let found = problems { () throws(ArchiveLoadError) in try ArchiveReader.load(json: Array(text.utf8)) }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("archive.json:2:") == true, "\(found)")
        #expect(found.first?.contains("nests deeper than 8 levels") == true, "\(found)")
    }

    @Test func aMillionOpeningBracketsFailFastWithoutRecursion() {
        let bytes = Array(#"{"format": "kingraph-archive/1", "people": "#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        let found = problems { () throws(ArchiveLoadError) in try ArchiveReader.load(json: bytes) }
        #expect(found.first?.contains("archive.json:1:") == true && found.first?.contains("nests deeper") == true, "\(found)")
    }

    @Test func bracketsInsideStringsDoNotCount() throws {
        let name = String(repeating: "[{", count: 50) + #"\"]"#
        let text = Fixture.json(people: #"[{"id": "P-1", "name": ""# + name + #"", "sources": ["T-1"]}]"#)
        let loaded = try ArchiveReader.load(json: Array(text.utf8))
        #expect(loaded.archive.people.first?.name.hasPrefix("[{[{") == true)
    }

    @Test func smallObjectsUnderUnknownKeysAreStillWarnings() throws {
        let text = Fixture.json(people: #"[{"id": "P-1", "name": "Han Mi-ok", "sources": ["T-1"], "x": {"y": [[1]]}}]"#)
        let loaded = try ArchiveReader.load(json: Array(text.utf8))
        #expect(loaded.warnings.contains { $0.description.contains("unknown field 'x'") })
    }

    // MARK: CSV cells and rows

    @Test func aCellOverAMegabyteIsRefusedOnItsLine() {
        let big = String(repeating: "a", count: ReadLimits.maxCSVCellBytes + 1)
        let people = "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,\(big),T-1\n"
        let found = problems { () throws(ArchiveLoadError) in
            try ArchiveReader.load(csvFiles: csv(replacing: "people.csv", with: Array(people.utf8)))
        }
        #expect(found.contains { $0.hasPrefix("people.csv:3:") && $0.contains("cell 2 of this row is longer than 1048576 bytes") }, "\(found)")
    }

    @Test func anUnclosedQuoteIsStillReportedWhereItOpens() {
        let people = "id,name,sources\nP-1,\"Han Mi-ok,T-1\n" + String(repeating: "P-9,x,T-1\n", count: 1000)
        let found = problems { () throws(ArchiveLoadError) in
            try ArchiveReader.load(csvFiles: csv(replacing: "people.csv", with: Array(people.utf8)))
        }
        #expect(found.contains { $0.hasPrefix("people.csv:2:") && $0.contains("never closed") }, "\(found)")
    }

    @Test func aRowOfTooManyCellsIsRefused() {
        let people = "id,name,sources\n" + String(repeating: ",", count: ReadLimits.maxCSVRowCells + 5) + "\n"
        let found = problems { () throws(ArchiveLoadError) in
            try ArchiveReader.load(csvFiles: csv(replacing: "people.csv", with: Array(people.utf8)))
        }
        #expect(found.contains { $0.hasPrefix("people.csv:2:") && $0.contains("more than 10000 cells") }, "\(found)")
    }

    @Test func aRowOverFourMegabytesIsRefused() {
        let cell = String(repeating: "b", count: 1 << 19)
        let row = Array(repeating: cell, count: 9).joined(separator: ",")
        let people = "id,name,sources\n\(row)\n"
        let found = problems { () throws(ArchiveLoadError) in
            try ArchiveReader.load(csvFiles: csv(replacing: "people.csv", with: Array(people.utf8)))
        }
        #expect(found.contains { $0.hasPrefix("people.csv:2:") && $0.contains("the row is longer than 4194304 bytes") }, "\(found)")
    }

    @Test func manyBlankLinesReadAsNothing() throws {
        // The row estimate once reserved a record per blank line (38 GB for 300 MB of
        // them); now it is capped, and blank lines still read as no records.
        let people = "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,Han Chol,T-1\n" + String(repeating: "\n", count: 2_000_000)
        let loaded = try ArchiveReader.load(csvFiles: csv(replacing: "people.csv", with: Array(people.utf8)))
        #expect(loaded.archive.people.count == 2)
    }
}
