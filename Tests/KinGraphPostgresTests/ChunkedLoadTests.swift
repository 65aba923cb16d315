import Foundation
import KinGraphCore
import KinGraphStore
import NIOCore
import Testing

@testable import KinGraphPostgres

/// `load` reads each table in chunks (one `text[]` a query) on several connections
/// sharing one snapshot: made small here, so that the sample's tables take many chunks.
@Suite(.serialized) struct ChunkedLoadTests {
    /// A new archive of the sample; its store (as the superuser) and URL.
    func archive() throws -> (store: PostgresStore, url: String) {
        let url = try TestServer.database()
        return (try PostgresStore.create(url, archive: try Fixture.archive(), author: Fixture.author, command: "test"), url)
    }

    @Test(arguments: [(7, 1), (7, 2), (7, 3), (1, 2), (50_000, 2)])
    func chunksGiveEveryRecordOfTheJSONArchiveInOrder(rows: Int, connections: Int) throws {
        let (store, _) = try archive()
        store.loadChunkRows = rows
        store.loadConnections = connections
        let fixture = try Fixture.archive()
        #expect(fixture.people.count > 10 * rows || rows > 1000)
        let loaded = try store.load().archive
        #expect(loaded == fixture)
        #expect(loaded.people.map(\.id) == fixture.people.map(\.id))
        #expect(loaded.ties == fixture.ties && loaded.links == fixture.links && loaded.events == fixture.events)
    }

    /// Read a column at a time (as a viewer reads people and events), every table
    /// gives what the server's `load_text` gives.
    @Test(arguments: [7, 50_000])
    func readingColumnsGivesWhatReadingRowsGives(rows: Int) throws {
        let (store, _) = try archive()
        store.loadChunkRows = rows
        let byRow = try store.load().archive
        store.loadReadsLoadText = false
        let byColumn = try store.load().archive
        #expect(byRow == (try Fixture.archive()))
        #expect(byColumn == byRow)
    }

    @Test func deletedRowsLeaveGapsTheChunksStepOver() throws {
        let (store, _) = try archive()
        try store.session.execute("DELETE FROM links WHERE \"row\" % 3 = 0")
        store.loadChunkRows = 7
        let fixture = try Fixture.archive()
        let kept = fixture.links.enumerated().filter { ($0.offset + 1) % 3 != 0 }.map(\.element)
        #expect(try store.readArchive().links == kept)
    }

    /// Chunks span row numbers: a gap of millions (the step grows over it) and rows an
    /// update moved elsewhere in the table still read whole and in `"row"` order.
    @Test func aWideGapAndMovedRowsStillReadInOrder() throws {
        let (store, _) = try archive()
        try store.session.execute("UPDATE people SET \"row\" = \"row\" + 5000000 WHERE \"row\" > 20")
        try store.session.execute("UPDATE people SET home = home WHERE \"row\" % 2 = 0")
        store.loadChunkRows = 3
        let fixture = try Fixture.archive()
        let loaded = try store.readArchive()
        #expect(loaded.people.map(\.id) == fixture.people.map(\.id))
        #expect(loaded.people == fixture.people)
    }

    /// A value holding the bulk read's delimiters (U+001E, U+001F) is read whole: its
    /// chunk is read again as an array.
    @Test func valuesHoldingTheDelimitersAreReadWhole() throws {
        let (store, _) = try archive()
        let fixture = try Fixture.archive()
        let person = try #require(fixture.people.dropFirst(9).first)
        let odd = "Ri \u{1E}Chol\u{1F}-ho"
        try store.session.execute("UPDATE people SET name = E'Ri \\x1eChol\\x1f-ho' WHERE id = '\(person.id)'")
        // U+001E, the rows' delimiter of `load_text`'s chunks, is none a column at a time.
        let other = try #require(fixture.people.dropFirst(30).first)
        try store.session.execute("UPDATE people SET home = E'Hye\\x1esan' WHERE id = '\(other.id)'")
        store.loadChunkRows = 4
        for readsLoadText in [true, false] {
            store.loadReadsLoadText = readsLoadText
            let loaded = try store.readArchive()
            #expect(loaded.people.first { $0.id == person.id }?.name == odd)
            #expect(loaded.people.first { $0.id == other.id }?.home == "Hye\u{1E}san")
            #expect(loaded.people.map(\.id) == fixture.people.map(\.id))
            #expect(loaded.ties == fixture.ties)
        }
    }

    @Test(arguments: [1, 2])
    func aLoadReadsOneSnapshotWhileAnotherEditorCommits(connections: Int) throws {
        let (store, url) = try archive()
        let other = try PostgresStore.open(url)
        let fixture = try Fixture.archive()
        let last = try #require(fixture.people.last)
        let status = last.status?.rawValue == "released" ? "detained" : "released"
        store.loadChunkRows = 7
        store.loadConnections = connections
        store.afterLoadChunk = { kind, index in
            guard kind == .person && index == 0 else { return }
            _ = try other.apply(
                [
                    Change(.edit(key: last.id, set: ["status": .text(status)], unset: []), source: "T-001", reason: "testimony"),
                    Change(.edit(key: "P-0001", set: ["home": .text("Hyesan")], unset: []), source: "T-001", reason: "testimony"),
                    Change(.add(.person, fields: ["name": .text("Han Mi-ok")]), source: "T-001"),
                ], author: Fixture.author)
        }
        #expect(try store.load().archive == fixture)
        store.afterLoadChunk = nil
        let after = try store.load().archive
        #expect(after.people.count == fixture.people.count + 1)
        #expect(after.people.first { $0.id == last.id }?.status?.rawValue == status)
        #expect(after.people.first?.home == "Hyesan")
    }

    @Test func aProblemInALaterChunkNamesItsRow() throws {
        let (store, url) = try archive()
        try store.session.execute("UPDATE people SET sources = 'not a list' WHERE id = 'P-0100'")
        let row = try #require(try store.session.value("SELECT \"row\"::text FROM people WHERE id = 'P-0100'"))
        store.loadChunkRows = 7
        do {
            _ = try store.load()
            Issue.record("a person whose sources are not a list was read")
        } catch .invalid(_, let problems) {
            let file = try PostgresURL(url).description
            #expect(problems.map(\.place) == ["\(file):people row \(row).sources"])
            #expect(problems.first?.message == "sources is not a JSON list of strings")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test(arguments: [1, 2])
    func aViewersChunkedLoadHasNoProtectedName(connections: Int) throws {
        let (store, url) = try archive()
        let name = "viewer_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8)
        try store.addUser(name, role: .viewer, password: "viewer-pw")
        let viewer = try PostgresStore.open(try TestServer.url(database: try PostgresURL(url).database, user: name), password: "viewer-pw")
        viewer.loadChunkRows = 7
        viewer.loadConnections = connections
        let seen = try viewer.load().archive
        let fixture = try Fixture.archive()
        let protected = fixture.people.filter(\.isProtected)
        #expect(protected.count > 20)
        let shown = Set(fixture.people.filter { !$0.isProtected }.map(\.name))
        let hidden = Set(protected.map(\.name)).subtracting(shown)
        #expect(!hidden.isEmpty)
        #expect(seen.people.count == fixture.people.count)
        #expect(!seen.people.contains { hidden.contains($0.name) || ($0.isProtected && $0.name != "Protected person") })
        #expect(!seen.people.contains { $0.isProtected && ($0.hangul != nil || !$0.aliases.isEmpty || $0.born != nil || $0.home != nil) })
        #expect(seen.people.filter { !$0.isProtected } == fixture.people.filter { !$0.isProtected })
        viewer.loadChunkRows = 100_000
        viewer.loadConnections = 1
        #expect(try viewer.load().archive == seen)
    }
}

/// `PostgresChunk` reads the column-wise answer (`PostgresSchema.columnChunk`) in
/// place: every cell whatever its length or where it falls in an eight-byte word.
@Suite struct ColumnChunkTests {
    func cells(_ chunk: PostgresChunk) -> [[String?]] {
        var rows: [[String?]] = []
        chunk.forEachRow { row in rows.append((0..<Int32(chunk.columns)).map { row.text($0) }) }
        return rows
    }

    @Test func everyCellIsReadWholeAndRowsComeInRowOrder() throws {
        let count = 40
        // Cells of 0 to 19 bytes (empty is read as nil), multi-byte ones, U+001E inside a value.
        let names: [String] = (0..<count).map { i in
            i % 7 == 3 ? "" : (i % 5 == 0 ? "이름 \(i)" : String(repeating: "x", count: i % 20) + (i % 11 == 0 ? "\u{1E}" : ""))
        }
        let numbers = (0..<count).map { i in i == 5 ? 1000 : i + 1 }  // one row out of order
        let texts = [numbers.map(String.init).joined(separator: "\u{1F}"), names.joined(separator: "\u{1F}")]
        let chunk = try #require(PostgresChunk(columns: texts.map { ByteBuffer(string: $0) }, count: count))
        #expect(chunk.rows == count && chunk.columns == 2)
        let expected = zip(numbers, names).sorted { $0.0 < $1.0 }.map { [String($0.0), $0.1.isEmpty ? nil : $0.1] }
        #expect(cells(chunk) == expected)
        #expect(chunk.numbers == numbers.map(Int64.init))
    }

    @Test func aColumnThatSplitsIntoAnotherCountIsRefused() {
        let numbers = ByteBuffer(string: "1\u{1F}2\u{1F}3")
        #expect(PostgresChunk(columns: [numbers, ByteBuffer(string: "a\u{1F}b\u{1F}c")], count: 3) != nil)
        #expect(PostgresChunk(columns: [numbers, ByteBuffer(string: "a\u{1F}b\u{1F}c\u{1F}d")], count: 3) == nil)
        #expect(PostgresChunk(columns: [numbers, ByteBuffer(string: "a\u{1F}b")], count: 3) == nil)
        #expect(PostgresChunk(columns: [numbers, nil], count: 3) == nil)
        #expect(PostgresChunk(columns: [numbers], count: 0) == nil)
    }
}

/// `PostgresChunk` reads `PostgresSchema.rowChunk`'s rows (U+001E between rows,
/// U+001F between cells) in place, and refuses a text that splits otherwise.
@Suite struct RowChunkTests {
    @Test func everyCellOfEveryRowIsReadWhole() throws {
        let rows: [[String]] = (1...30).map { i in
            [String(i), "P-\(i)", i % 4 == 0 ? "" : String(repeating: "가", count: i % 9), i % 6 == 0 ? "" : "x\(i)"]
        }
        let text = rows.map { $0.joined(separator: "\u{1F}") }.joined(separator: "\u{1E}")
        let chunk = try #require(PostgresChunk(delimited: ByteBuffer(string: text), count: rows.count, columns: 4))
        var read: [[String?]] = []
        chunk.forEachRow { row in read.append((0..<4).map { row.text($0) }) }
        #expect(read == rows.map { $0.map { $0.isEmpty ? nil : $0 } })
    }

    @Test func aTextThatSplitsOtherwiseIsRefused() {
        let good = "1\u{1F}a\u{1E}2\u{1F}b"
        #expect(PostgresChunk(delimited: ByteBuffer(string: good), count: 2, columns: 2) != nil)
        for bad in ["1\u{1F}a\u{1E}2\u{1F}b\u{1F}c", "1\u{1F}a\u{1F}x\u{1E}2\u{1F}b", "1\u{1F}a\u{1E}2", "1\u{1F}a\u{1E}2\u{1F}b\u{1E}3\u{1F}c"] {
            #expect(PostgresChunk(delimited: ByteBuffer(string: bad), count: 2, columns: 2) == nil, "\(bad)")
        }
    }
}
