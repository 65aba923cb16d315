import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// One bad archive: how to make it, and what its message must say.
struct BadCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// Makes the archive in a folder and returns its path.
    let make: @Sendable (ScratchFolder) throws -> String
    /// Text that one problem's description must contain (place included).
    let expected: String

    var testDescription: String { name }

    static func json(_ name: String, _ text: String, _ expected: String) -> BadCase {
        BadCase(name: name, make: { try $0.write("a.json", text) }, expected: expected)
    }

    static func jsonBytes(_ name: String, _ bytes: [UInt8], _ expected: String) -> BadCase {
        BadCase(name: name, make: { try $0.write("a.json", bytes: bytes) }, expected: expected)
    }

    static func csv(_ name: String, _ files: [String: String], _ expected: String) -> BadCase {
        BadCase(name: name, make: { try $0.csvFolder(replacing: files) }, expected: expected)
    }

    static func people(_ name: String, _ people: String, _ expected: String) -> BadCase {
        json(name, Fixture.json(people: people), expected)
    }
}

let peopleHeader = "id,name,sex,born,status,sources\n"
let eventsHeader = "id,person,kind,date,sources\n"

let badJSON: [BadCase] = [
    .json("empty file", "", "a.json: the file is empty"),
    .json("only white space", " \n ", "a.json: the file is empty"),
    .jsonBytes("binary garbage", [0x7B, 0xFF, 0x00, 0xC3, 0x28], "a.json:1:2: not UTF-8 text (byte 0xFF)"),
    .jsonBytes("invalid UTF-8 in a string", Array("{\"format\":\n\"kin".utf8) + [0xE0, 0x80] + Array("\"}".utf8),
               "a.json:2:5: not UTF-8 text (byte 0xE0)"),
    .json("text that is not JSON", "{\"format\": \"kingraph-archive/1\",\n  people: []}", "a.json:2:3: not valid JSON"),
    .json("an array instead of an object", "[{\"id\": \"P-1\"}]", "a.json: the top level is a list; a JSON archive is an object"),
    .json("wrong format", #"{"format": "kingraph-archive/2", "people": []}"#, "format: format 'kingraph-archive/2' is not 'kingraph-archive/1'"),
    .json("missing format", #"{"people": []}"#, "format: missing format"),
    .people("section not a list", #"{"P-1": {}}"#, "people: people must be a list of objects, not an object"),
    .people("record not an object", #"["P-1"]"#, "people[0]: must be an object, not a string"),
    .people("missing name", #"[{"id": "P-1", "sources": ["T-1"]}]"#, "people[0].name (P-1): missing name"),
    .people("missing id", #"[{"name": "Han", "sources": ["T-1"]}]"#, "people[0].id: missing id"),
    .people("name not a string", #"[{"id": "P-1", "name": 7, "sources": ["T-1"]}]"#, "people[0].name (P-1): name must be a string, not a number"),
    .people("protected not a boolean", #"[{"id": "P-1", "name": "A", "protected": "yes", "sources": ["T-1"]}]"#,
            "people[0].protected (P-1): protected must be true or false, not a string"),
    .people("sources not a list", #"[{"id": "P-1", "name": "A", "sources": "T-1"}]"#, "people[0].sources (P-1): sources must be a list"),
    .people("unknown status", #"[{"id": "P-1", "name": "A", "status": "missing", "sources": ["T-1"]}]"#,
            "people[0].status (P-1): unknown status 'missing'; expected one of unknown, at-large, detained"),
    .people("unknown sex", #"[{"id": "P-1", "name": "A", "sex": "male", "sources": ["T-1"]}]"#, "people[0].sex (P-1): unknown sex 'male'; expected one of F, M, X"),
    .people("month 13", #"[{"id": "P-1", "name": "A", "born": "2013-13", "sources": ["T-1"]}]"#,
            "people[0].born (P-1): born '2013-13' is not a date: month 13 does not exist"),
    .people("February 30", #"[{"id": "P-1", "name": "A", "born": "2013-02-30", "sources": ["T-1"]}]"#,
            "people[0].born (P-1): born '2013-02-30' is not a date: day 30 does not exist"),
    .people("February 29 of a common year", #"[{"id": "P-1", "name": "A", "born": "2014-02-29", "sources": ["T-1"]}]"#,
            "born '2014-02-29' is not a date: day 29 does not exist"),
    .people("yesterday", #"[{"id": "P-1", "name": "A", "born": "yesterday", "sources": ["T-1"]}]"#,
            "people[0].born (P-1): born 'yesterday' is not a date"),
    .people("duplicate id", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}, {"id": "P-1", "name": "B", "sources": ["T-1"]}]"#,
            "people[1].id (P-1): duplicate person id 'P-1'"),
    .people("unknown source", #"[{"id": "P-1", "name": "A", "sources": ["T-9"]}]"#, "people[0].sources (P-1): unknown source 'T-9'"),
    .people("no sources", #"[{"id": "P-1", "name": "A"}]"#, "people[0].sources (P-1): no sources; every person needs at least one source id"),
    .people("unknown tie kind", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "ties": [{"from": "P-1", "to": "P-1", "kind": "cousin", "sources": ["T-1"]}]"#,
            "ties[0].kind: unknown tie kind 'cousin'"),
    .people("tie to a missing person", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "ties": [{"from": "P-1", "to": "P-9", "kind": "spouse", "sources": ["T-1"]}]"#,
            "ties[0].to: unknown person 'P-9' in to"),
    .people("self-tie", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "ties": [{"from": "P-1", "to": "P-1", "kind": "spouse", "sources": ["T-1"]}]"#,
            "ties[0].to: tie from P-1 to themself"),
    .people("unknown event kind", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "events": [{"id": "E-1", "person": "P-1", "kind": "arest", "sources": ["T-1"]}]"#,
            "events[0].kind (E-1): unknown event kind 'arest'; expected one of escape-attempt"),
    .people("event of a missing person", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "events": [{"id": "E-1", "person": "P-7", "kind": "arrest", "sources": ["T-1"]}]"#,
            "events[0].person (E-1): unknown person 'P-7' in person"),
    .people("link to a missing event", #"[], "events": [], "links": [{"cause": "E-1", "effect": "E-2", "kind": "led-to", "sources": ["T-1"]}]"#,
            "links[0].cause: unknown event 'E-1' in cause"),
    .people("cycle of links", #"[{"id": "P-1", "name": "A", "sources": ["T-1"]}], "events": [{"id": "E-1", "person": "P-1", "kind": "arrest", "sources": ["T-1"]}, {"id": "E-2", "person": "P-1", "kind": "detention", "sources": ["T-1"]}], "links": [{"cause": "E-1", "effect": "E-2", "kind": "led-to", "sources": ["T-1"]}, {"cause": "E-2", "effect": "E-1", "kind": "led-to", "sources": ["T-1"]}]"#,
            "links[0]: links form a cycle: E-1 → E-2 → E-1; causes cannot loop"),
]

let badCSV: [BadCase] = [
    .csv("missing file", ["links.csv": ""], "links.csv: the file is empty"),
    BadCase(
        name: "missing CSV file",
        make: { folder in
            let path = try folder.csvFolder()
            try FileManager.default.removeItem(atPath: path + "/ties.csv")
            return path
        }, expected: "ties.csv: missing file; a CSV archive is a folder holding sources.csv"),
    .csv("header without id", ["people.csv": "name,sources\nHan,T-1\n"], "people.csv:1: the header has no 'id' column (it has: name, sources)"),
    .csv("duplicate column", ["people.csv": "id,name,id,sources\nP-1,A,P-1,T-1\n"], "people.csv:1: column 'id' appears twice"),
    .csv("row with fewer cells", ["people.csv": "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,Han Chol\n"],
         "people.csv:3 (P-2): the row has 2 cells but the header has 3"),
    .csv("row with more cells", ["people.csv": "id,name,sources\nP-1,Han, Mi-ok,T-1\nP-2,Han Chol,T-1\n"],
         "people.csv:2 (P-1): the row has 4 cells but the header has 3; quote cells that contain commas"),
    .csv("unterminated quote", ["people.csv": "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,\"Han Chol,T-1\n"],
         "people.csv:3: a quoted field opened on this line is never closed"),
    .csv("text after a closing quote", ["people.csv": "id,name,sources\nP-1,\"Han\" Mi-ok,T-1\n"],
         "people.csv:2: unexpected text after a closing quote"),
    BadCase(
        name: "invalid UTF-8",
        make: { folder in
            let path = try folder.csvFolder()
            try folder.write("archive/people.csv", bytes: Array("id,name,sources\nP-1,Han,T-1\nP-2,Ch".utf8) + [0xF6] + Array("l,T-1\n".utf8))
            return path
        }, expected: "people.csv:3: not UTF-8 text (byte 0xF6 at column 7)"),
    BadCase(
        name: "binary garbage",
        make: { folder in
            let path = try folder.csvFolder()
            try folder.write("archive/events.csv", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])
            return path
        }, expected: "events.csv:1: not UTF-8 text (byte 0x89 at column 1)"),
    .csv("unknown status", ["people.csv": peopleHeader + "P-1,A,,,missing,T-1\nP-2,B,,,,T-1\n"],
         "people.csv:2 (P-1): unknown status 'missing'; expected one of unknown, at-large, detained, disappeared"),
    .csv("unknown kind", ["sources.csv": "id,kind\nT-1,interview\n"], "sources.csv:2 (T-1): unknown source kind 'interview'"),
    .csv("bad date 2013-13", ["events.csv": eventsHeader + "E-1,P-1,arrest,2013-13,T-1\nE-2,P-2,arrest,,T-1\n"],
         "events.csv:2 (E-1): date '2013-13' is not a date: month 13 does not exist"),
    .csv("bad date 2013-02-30", ["events.csv": eventsHeader + "E-1,P-1,arrest,2013-02-30,T-1\nE-2,P-2,arrest,,T-1\n"],
         "events.csv:2 (E-1): date '2013-02-30' is not a date: day 30 does not exist"),
    .csv("bad date yesterday", ["events.csv": eventsHeader + "E-1,P-1,arrest,yesterday,T-1\nE-2,P-2,arrest,,T-1\n"],
         "events.csv:2 (E-1): date 'yesterday' is not a date"),
    .csv("bad boolean", ["people.csv": "id,name,protected,sources\nP-1,A,maybe,T-1\nP-2,B,,T-1\n"],
         "people.csv:2 (P-1): protected must be true or false, not 'maybe'"),
    .csv("duplicate id", ["people.csv": "id,name,sources\nP-1,A,T-1\nP-2,B,T-1\nP-1,C,T-1\n"],
         "people.csv:4 (P-1): duplicate person id 'P-1'"),
    .csv("reference to a missing person", ["ties.csv": "from,to,kind,sources\nP-1,P-9,sibling,T-1\n"],
         "ties.csv:2: unknown person 'P-9' in to"),
    .csv("reference to a missing event", ["links.csv": "cause,effect,kind,sources\nE-1,E-5,led-to,T-1\n"],
         "links.csv:2: unknown event 'E-5' in effect"),
    .csv("reference to a missing source", ["ties.csv": "from,to,kind,sources\nP-1,P-2,sibling,T-1;T-404\n"],
         "ties.csv:2: unknown source 'T-404'"),
    .csv("self-tie", ["ties.csv": "from,to,kind,sources\nP-2,P-2,sibling,T-1\n"], "ties.csv:2: tie from P-2 to themself"),
    .csv("link from an event to itself", ["links.csv": "cause,effect,kind,sources\nE-1,E-2,led-to,T-1\nE-2,E-2,led-to,T-1\n"],
         "links.csv:3: link from E-2 to itself; an event cannot cause itself"),
    .csv("cycle of links",
         ["events.csv": eventsHeader + "E-1,P-1,arrest,,T-1\nE-2,P-1,detention,,T-1\nE-3,P-2,arrest,,T-1\n",
          "links.csv": "cause,effect,kind,sources\nE-1,E-2,led-to,T-1\nE-3,E-1,led-to,T-1\nE-2,E-3,led-to,T-1\n"],
         "links.csv:2: links form a cycle: E-1 → E-2 → E-3 → E-1; causes cannot loop"),
    .csv("wrong format in archive.csv", ["archive.csv": "format,title\nkingraph-archive/9,X\n"],
         "archive.csv:2: format 'kingraph-archive/9' is not 'kingraph-archive/1'"),
]

@Suite struct BadInputTests {
    @Test(arguments: badJSON + badCSV)
    func badInputIsReportedWithItsPlace(_ bad: BadCase) throws {
        let folder = try ScratchFolder()
        let path = try bad.make(folder)
        let found = problems(loading: path)
        #expect(
            found.contains { $0.isError && $0.description.contains(bad.expected) },
            "expected a problem containing \"\(bad.expected)\", got:\n\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test func nonexistentPathIsNotFound() {
        #expect(throws: ArchiveLoadError.self) { try ArchiveReader.load(from: "/nonexistent/kingraph/a.json") }
        do {
            _ = try ArchiveReader.load(from: "/nonexistent/kingraph/a.json")
        } catch {
            guard case .notFound(let path) = error else {
                Issue.record("expected notFound, got \(error)")
                return
            }
            #expect(path == "/nonexistent/kingraph/a.json")
            #expect(error.description.contains("no archive at '/nonexistent/kingraph/a.json'"))
        }
    }

    @Test func everyProblemIsReportedInOneRunInReadingOrder() throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "people.csv": peopleHeader + "P-1,A,Q,,,T-1\nP-2,B,,2013-13,gone,T-1\nP-1,C,,,,T-1\n",
            "ties.csv": "from,to,kind,sources\nP-2,P-2,sibling,T-1\n",
        ])
        let found = problems(loading: path).map(\.description)
        #expect(
            found == [
                "people.csv:2 (P-1): unknown sex 'Q'; expected one of F, M, X",
                "people.csv:3 (P-2): born '2013-13' is not a date: month 13 does not exist (use YYYY, YYYY-MM or YYYY-MM-DD, optionally with ? or ~, or an interval A/B)",
                "people.csv:3 (P-2): unknown status 'gone'; expected one of unknown, at-large, detained, disappeared, released, executed, died-in-custody, defected, resettled",
                "people.csv:4 (P-1): duplicate person id 'P-1': an earlier person has it too",
                "ties.csv:2: tie from P-2 to themself; a tie joins two different people",
            ])
    }

    @Test func aRecordThatCannotBeReadDoesNotCascade() throws {
        // E-1 has an unknown kind: it is reported once, and the link to it is not
        // reported as a link to a missing event.
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "events.csv": eventsHeader + "E-1,P-1,arest,2014-03,T-1\nE-2,P-2,arrest,2014-04,T-1\n"
        ])
        let found = problems(loading: path).map(\.description)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("events.csv:2 (E-1): unknown event kind 'arest'") == true)
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "people.csv": "id,name,home,sources\r\nP-1,A,\"line one\r\nline two\nline three\",T-1\r\nP-2,B,,T-9\r\n"
        ])
        let found = problems(loading: path).map(\.description)
        #expect(found == ["people.csv:5 (P-2): unknown source 'T-9'"])
    }

    @Test func causeDatedAfterEffectIsOnlyAWarning() throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "events.csv": eventsHeader + "E-1,P-1,escape-attempt,2015,T-1\nE-2,P-2,arrest,2014-12-31,T-1\n"
        ])
        let loaded = try ArchiveReader.load(from: path)
        #expect(
            loaded.warnings.map(\.description) == [
                "links.csv:2: warning: cause E-1 (2015) is dated after its effect E-2 (2014-12-31)"
            ])
    }

    @Test func overlappingDatesAreNotAWarning() throws {
        let folder = try ScratchFolder()
        let path = try folder.csvFolder(replacing: [
            "events.csv": eventsHeader + "E-1,P-1,escape-attempt,2014-04?,T-1\nE-2,P-2,arrest,2014/2015,T-1\n"
        ])
        #expect(try ArchiveReader.load(from: path).warnings.isEmpty)
    }
}
