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

    @Test func singleItemListsHoldTheirOwnItemWhateverTheNumbers() {
        let items = ["T-000001", "D-000001", "T-000001", "R-7", "Kim", "", "7", "T-99999999", "D-000001", "x1048577"]
        for known in [nil, KnownItemLists(["D-000001", "T-000002", "R-7", "Kim"])] {
            var lists = SingleItemLists(known: known)
            for item in items + items.reversed() {
                let (list, isKnown) = withBytes(item) { lists.list(of: $0) }
                #expect(list == [item])
                #expect(isKnown == (known != nil && ["D-000001", "R-7"].contains(item)), "\(item)")
            }
        }
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
