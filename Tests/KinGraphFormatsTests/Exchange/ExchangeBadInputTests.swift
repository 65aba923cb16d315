import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

@Suite("Exchange imports of broken files: a message with the line, never a crash")
struct ExchangeBadInputTests {
    func gedcom(_ name: String) throws -> ExchangeImport {
        try GEDCOMImporter().read(ExchangeFixtures.data(name), fileName: name)
    }

    @Test("broken levels and a line that is not GEDCOM are errors naming their lines")
    func brokenLevels() throws {
        let r = try gedcom("bad-levels.ged")
        #expect(r.hasErrors)
        #expect(r.notes.contains { $0.severity == .error && $0.line == 9 && $0.message.contains("level was skipped") })
        #expect(r.notes.contains { $0.severity == .error && $0.line == 12 && $0.message.contains("not a GEDCOM line") })
        // The line under the broken one is left out with it; the next good line is read.
        #expect(!r.notes.contains { $0.line == 10 })
        #expect(r.archive.people.first { $0.id == "I2" }?.sex == .male)
    }

    @Test("pointers to missing records are warnings naming their lines; the rest imports")
    func missingPointer() throws {
        let r = try gedcom("missing-pointer.ged")
        #expect(!r.hasErrors)
        #expect(r.notes.contains { $0.line == 7 && $0.message.contains("@S9@ points to no record") })
        #expect(r.notes.contains { $0.line == 12 && $0.message.contains("@I77@") })
        #expect(r.notes.contains { $0.line == 14 && $0.message.contains("@I99@") })
        #expect(r.archive.ties.count == 1)
        #expect(r.archive.ties.first.map { ($0.from, $0.to, $0.kind) } ?? ("", "", .associate) == ("I1", "I2", .parent))
    }

    @Test("a person their own ancestor: the tie closing the cycle is left out, with its line and the cycle")
    func cycle() throws {
        let r = try gedcom("cycle.ged")
        let note = try #require(r.notes.first { $0.message.contains("own ancestor") })
        #expect(note.line == 19)
        #expect(note.message.contains("@I1@ → @I2@ → @I3@ → @I1@"))
        #expect(r.archive.ties.count == 2)
        #expect(!r.archive.ties.contains { $0.from == "I3" && $0.to == "I1" })
    }

    @Test("a truncated file is an error at its last line")
    func truncated() throws {
        let r = try gedcom("truncated.ged")
        #expect(r.hasErrors)
        #expect(r.notes.contains { $0.severity == .error && $0.line == 8 && $0.message.contains("truncated") })
    }

    @Test("an unsupported character set is refused, saying what is supported")
    func unsupportedCharset() throws {
        let data = try ExchangeFixtures.data("ibmpc.ged")
        do {
            _ = try GEDCOMImporter().read(data, fileName: "ibmpc.ged")
            Issue.record("CHAR IBMPC was accepted")
        } catch {
            #expect(error.description.contains("CHAR IBMPC"))
            #expect(error.description.contains("UTF-8"))
        }
    }

    @Test("a file that is not GEDCOM is an error")
    func notGEDCOM() throws {
        let r = try GEDCOMImporter().read(Data("hello\nworld\n".utf8), fileName: "x.ged")
        #expect(r.hasErrors)
        #expect(r.notes.contains { $0.line == 1 })
    }

    @Test("limits: file size and line length are clear errors")
    func limits() throws {
        let small = ImportLimits(maxFileBytes: 100, maxLineBytes: 20)
        let big = Data(repeating: UInt8(ascii: "x"), count: 200)
        #expect(throws: ExchangeError.self) { try GEDCOMImporter(limits: small).read(big, fileName: "a.ged") }
        let long = Data("0 HEAD\n1 NOTE \(String(repeating: "y", count: 40))\n0 TRLR\n".utf8)
        do {
            _ = try GEDCOMImporter(limits: small).read(long, fileName: "a.ged")
            Issue.record("a line over the limit was accepted")
        } catch {
            #expect(error.line == 2)
        }
        #expect(throws: ExchangeError.self) { try FtMImporter(limits: small).read(big, fileName: "a.json") }
    }

    @Test("FtM: a line that is not JSON and an unknown schema are errors with their lines; other schemata are counted as skipped")
    func ftm() throws {
        let r = try FtMImporter().read(ExchangeFixtures.data("sample.ftm.json"), fileName: "sample.ftm.json")
        #expect(r.notes.contains { $0.severity == .error && $0.line == 8 && $0.message.contains("not JSON") })
        #expect(r.notes.contains { $0.severity == .error && $0.line == 9 && $0.message.contains("Spaceship") })
        #expect(r.notes.contains { $0.line == 5 && $0.message.contains("2 Company entities skipped") })
        #expect(r.notes.contains { $0.line == 7 && $0.message.contains("1 Ownership entity skipped") })
        // What could be mapped is.
        #expect(r.archive.people.map(\.name) == ["Kim Yong-chol", "Kim Ok-hui"])
        #expect(r.archive.people[0].hangul == "김용철")
        #expect(r.archive.people[0].born?.text == "1960-05-01")
        #expect(r.archive.people[0].sources == ["src-1"])
        #expect(r.archive.ties == [Tie(from: "p1", to: "p2", kind: .parent, sources: ["IMPORT-1"])])
        #expect(r.archive.events.first?.country == "KP")
        #expect(r.archive.events.first?.date?.text == "2014-03")
    }

    @Test("FtM: nesting deeper than the limit is refused without parsing")
    func ftmDepth() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let r = try FtMImporter().read(Data(deep.utf8), fileName: "deep.json")
        #expect(r.notes.contains { $0.severity == .error && $0.line == 1 && $0.message.contains("nested deeper") })
    }

    @Test("GraphML that is not XML is refused with a line")
    func graphMLBroken() throws {
        let text = "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n"
        do {
            _ = try GraphMLImporter().read(Data(text.utf8), fileName: "x.graphml")
            Issue.record("broken XML accepted")
        } catch {
            #expect(error.line == 4)
            #expect(error.description.contains("closing tag"))
        }
    }
}

/// Found by fuzzing (Fuzz/corpus/ftm): two UnknownLinks that make two events cause
/// each other imported without a note, and the archive then failed validation with
/// no line to point at. The link closing the loop is now left out, with its line.
@Test func ftmLinksThatLoopAreLeftOutWithTheirLine() throws {
    let lines = [
        #"{"id":"person-1","schema":"Person","properties":{"name":["Ri Song-mi"]}}"#,
        #"{"id":"person-2","schema":"Person","properties":{"name":["Jo Un-ha"]}}"#,
        #"{"id":"event-1","schema":"Event","properties":{"involved":["person-1"],"keywords":["kingraph:kind=defection"],"date":["2012"]}}"#,
        #"{"id":"event-2","schema":"Event","properties":{"involved":["person-2"],"keywords":["kingraph:kind=detention"],"date":["2013"]}}"#,
        #"{"id":"link-1","schema":"UnknownLink","properties":{"subject":["event-1"],"object":["event-2"],"role":["guilt-by-association"]}}"#,
        #"{"id":"link-2","schema":"UnknownLink","properties":{"subject":["event-2"],"object":["event-1"],"role":["exposed-by"]}}"#,
    ]
    let result = try FtMImporter().read(Data(lines.joined(separator: "\n").utf8), fileName: "loop.ftm.json")
    #expect(!result.hasErrors)
    #expect(result.archive.links.count == 1)
    #expect(ArchiveValidator.validate(result.archive).filter(\.isError).isEmpty)
    let note = result.notes.first { $0.message.contains("loop of causes") }
    #expect(note?.line == 6, "\(result.notes)")
}
