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

    @Test func emptyInputHasNoRows() throws {
        #expect(try rows("").isEmpty)
    }
}
