import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// The tables that let rows share repeated values: whatever is shared, every record
/// reads exactly what its row says.
@Suite struct CSVSharingTests {
    @Test func aByteKeyedTableFindsEveryKeyItKeptAndKeepsNoMoreThanItsLimit() {
        var table = ByteKeyedTable<Int>(limit: 300)
        for i in 0..<1000 {
            let made = withBytes("key number \(i)") { table.value(for: $0) { _ in i } }
            #expect(made == i)
        }
        for i in 0..<1000 {
            let found = withBytes("key number \(i)") { table[$0] }
            #expect(found == (i < 300 ? i : nil), "\(i)")
        }
        #expect(withBytes("") { table[$0] } == nil)
        #expect(withBytes("key number 1 ") { table[$0] } == nil)
    }

    /// One-item source lists are held inline, found among the known source ids by
    /// their numbers or by hashing, longer lists shared between rows: each row reads
    /// its own items, and only rows citing no source or an id that is no source are
    /// reported, at their line.
    @Test func sourceListsHoldTheirOwnItemsWhateverTheNumbers() throws {
        let cells = [
            "T-000001", "D-000001", "T-000001", "R-7", "Kim", "", "7", "T-99999999", "D-000001", "x1048577",
            "T-000002;Kim", "T-000002;Nobody", "T-000002;Kim", "a-source-id-longer-than-15",
        ]
        let known = ["D-000001", "T-000002", "R-7", "Kim", "a-source-id-longer-than-15"]
        let rows = cells + cells.reversed()
        var people = "id,name,sources\n"
        for (i, cell) in rows.enumerated() { people += "P-\(i),Name \(i),\(cell)\n" }
        let sources = "id,kind\n" + known.map { "\($0),testimony\n" }.joined()
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: ["people.csv": people, "sources.csv": sources])
        let read = CSVFolderReader.read(folder: path)
        let items = rows.map { $0.split(separator: ";").map(String.init) }
        #expect(read.archive.people.map(\.sources) == items.map { SourceList($0) })
        let reported = read.check().problems.map(\.place).filter { $0.hasPrefix("people.csv") }
        let expected = items.enumerated().filter { $0.element.isEmpty || !$0.element.allSatisfy(known.contains) }
            .map { "people.csv:\($0.offset + 2)" }
        #expect(reported == expected)
    }

    @Test func sharedCellsReadAsWritten() throws {
        let folder = try ScratchFolder()
        let home = "Hamhung, South Hamgyong"
        var people = "id,name,home,sources\n"
        for i in 1...50 {
            let source = i % 3 == 0 ? "D-\(i % 5)" : "T-\(i % 5)"
            people += "P-\(i),Name \(i),\"\(i % 2 == 0 ? home : home + " \(i)")\",\(source)\n"
        }
        let sources = "id,kind\n" + (0..<5).map { "T-\($0),testimony\nD-\($0),document\n" }.joined()
        let path = try folder.csvFolder(replacing: ["people.csv": people, "sources.csv": sources])
        let archive = try ArchiveReader.load(from: path).archive
        #expect(archive.people.count == 50)
        for (i, person) in zip(1..., archive.people) {
            #expect(person.home == (i % 2 == 0 ? home : home + " \(i)"))
            #expect(person.sources == [(i % 3 == 0 ? "D-" : "T-") + "\(i % 5)"])
        }
    }
}
