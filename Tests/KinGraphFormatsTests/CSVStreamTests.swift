import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// `CSVStream`: a file read a chunk at a time gives the rows, lines, errors and UTF-8
/// verdict that the whole file at once gives, wherever the chunks are cut.
@Suite struct CSVStreamTests {
    /// What a reading gives: rows (line and cells) then the error (line and message), if any.
    struct Reading: Equatable {
        var rows: [[String]] = []
        var error: String?
    }

    func whole(_ bytes: [UInt8]) -> Reading {
        bytes.withUnsafeBytes { buffer in
            var scanner = CSVScanner(buffer)
            var row = CSVRow()
            var reading = Reading()
            do throws(CSVScanner.SyntaxError) {
                while try scanner.nextRow(into: &row) {
                    reading.rows.append(["\(row.line)"] + (0..<row.count).map { row.string($0, in: buffer) ?? "" })
                }
            } catch {
                reading.error = "\(error.line): \(error.message)"
            }
            return reading
        }
    }

    func streamed(_ path: String, chunkSize: Int) throws -> (reading: Reading, invalidUTF8: Bool) {
        var stream = try CSVStream(path: path, chunkSize: chunkSize)
        defer { stream.closeFile() }
        var row = CSVRow()
        var reading = Reading()
        do throws(CSVStream.Failure) {
            while try stream.nextRow(into: &row) {
                reading.rows.append(["\(row.line)"] + (0..<row.count).map { row.string($0, in: stream.bytes) ?? "" })
            }
        } catch {
            guard case .syntax(let error) = error else { throw error }
            reading.error = "\(error.line): \(error.message)"
        }
        try stream.checkRest()
        return (reading, stream.hasInvalidUTF8)
    }

    static let texts: [String] = [
        "id,name\nP-1,Ri Chol\nP-2,\"Kim, Un-ha\"\n",
        "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\nnext,,\"\"\n",
        "a,b\r\nc,d\ne,f\rg,h",
        "\u{FEFF}id,name\n김철수,\"리, 성미\"\r\n",
        "a,b\nc,\"d\ne\nf\n",
        "\"a\"b,c\n",
        "x\r\r\n\"q\r\nr\"\r",
        "",
        "\n\n,\n",
        "last,row,without,newline",
    ]

    @Test(arguments: texts)
    func everyCutGivesTheSameRows(text: String) throws {
        let folder = try ScratchFolder()
        let bytes = Array(text.utf8)
        let path = try folder.write("t.csv", bytes: bytes)
        let expected = whole(bytes)
        for chunkSize in Array(1...12) + [64, 1 << 16] {
            let got = try streamed(path, chunkSize: chunkSize)
            #expect(got.reading == expected, "chunk size \(chunkSize)")
            #expect(!got.invalidUTF8)
        }
    }

    @Test func randomTextsGiveTheSameRowsAtEveryCut() throws {
        let folder = try ScratchFolder()
        let alphabet: [[UInt8]] = ["a", ",", "\"", "\n", "\r", " ", "김", ";"].map { Array($0.utf8) }
        var state: UInt64 = 0x1234_5678
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes += alphabet[Int(state >> 61)]
            }
            let path = try folder.write("r.csv", bytes: bytes)
            let expected = whole(bytes)
            for chunkSize in 1...7 {
                #expect(try streamed(path, chunkSize: chunkSize).reading == expected, "\(bytes) at \(chunkSize)")
            }
        }
    }

    @Test(arguments: [
        [0x61, 0x2C, 0xE4, 0x0A, 0x62, 0x0A],  // a lead byte, then a line end
        [0x61, 0x0A, 0xFF, 0x0A],  // never UTF-8
        [0x61, 0x62, 0x63, 0xEA, 0xB9],  // cut at the end of the file
        [0x61, 0x0A, 0x62, 0x0A, 0xC0, 0x80, 0x0A],  // overlong
    ] as [[UInt8]])
    func badUTF8IsSeenAtEveryCut(bytes: [UInt8]) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("bad.csv", bytes: bytes)
        for chunkSize in 1...8 {
            #expect(try streamed(path, chunkSize: chunkSize).invalidUTF8, "chunk size \(chunkSize)")
        }
    }

    @Test func aMissingFileOrAFolderIsAnIOFailure() throws {
        let folder = try ScratchFolder()
        #expect(throws: IOFailure.self) { _ = try CSVStream(path: folder.path + "/none.csv") }
        #expect(throws: IOFailure.self) { _ = try CSVStream(path: folder.path) }
    }
}
