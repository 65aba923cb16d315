import KinGraphSynthetic
import Testing

@testable import KinGraphFormats

/// The RFC 4180 splitter on its own.
@Suite struct CSVScannerTests {
    /// Every row of `text` as strings (empty fields as ""), with its starting line.
    func rows(_ text: String) throws -> [(line: Int, cells: [String])] {
        try rows(bytes: Array(text.utf8))
    }

    func rows(bytes: [UInt8]) throws -> [(line: Int, cells: [String])] {
        try bytes.withUnsafeBytes { buffer in
            var scanner = CSVScanner(buffer)
            var row = CSVRow()
            var result: [(Int, [String])] = []
            while try scanner.nextRow(into: &row) {
                result.append((row.line, (0..<row.count).map { row.string($0, in: buffer) ?? "" }))
            }
            return result
        }
    }

    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let result = try rows("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\nnext,,\"\"\n")
        #expect(result.map(\.cells) == [["a", "b,c", "say \"hi\"", "x\ny"], ["next", "", ""]])
        #expect(result.map(\.line) == [1, 3])
    }

    @Test func lineEndsMayBeCRLFLFOrCR() throws {
        #expect(try rows("a,b\r\nc,d\ne,f\rg,h").map(\.cells) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(try rows("a\r\nb\r\n").map(\.line) == [1, 2])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try rows(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n".utf8)).map(\.cells) == [["id", "name"]])
    }

    @Test func unicodeIsKept() throws {
        #expect(try rows("김철수,\"리, 성미\"\n").map(\.cells) == [["김철수", "리, 성미"]])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() throws {
        #expect {
            try rows("a,b\nc,\"d\ne\nf\n")
        } throws: { error in
            (error as? CSVScanner.SyntaxError)?.line == 2
        }
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        #expect(throws: CSVScanner.SyntaxError.self) { try rows("\"a\"b,c\n") }
    }

    /// Unquoted fields of every length around the eight-byte steps, with multi-byte
    /// text and every line end, split as a byte-at-a-time reading splits them.
    @Test func unquotedFieldsEndAtTheFirstDelimiterWhateverTheirLength() throws {
        var generator = SplitMix64(seed: 20261207)
        let pieces = ["a", "b", "김", "é", " ", ";", "-", "7", "\u{7F}", "\u{80}"]
        let ends = ["\n", "\r\n", "\r"]
        for _ in 0..<200 {
            var expected: [[String]] = []
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let cells = (0..<Int.random(in: 1...5, using: &generator)).map { cell in
                    // A row's first cell is never empty: an empty row after a CR would be a CRLF.
                    (cell == 0 ? "r" : "")
                        + (0..<Int.random(in: 0...19, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                }
                expected.append(cells)
                text += cells.joined(separator: ",") + ends.randomElement(using: &generator)!
            }
            #expect(try rows(text).map(\.cells) == expected, "\(text.debugDescription)")
        }
        for length in 0..<40 {
            let cell = String(repeating: "x", count: length)
            #expect(try rows(cell + "," + cell).map(\.cells) == [[cell, cell]])
        }
    }

    @Test func emptyInputHasNoRows() throws {
        #expect(try rows("").isEmpty)
    }
}
