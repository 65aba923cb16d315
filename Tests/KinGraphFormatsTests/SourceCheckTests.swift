import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// The CSV reader checks each record's sources as it reads it; the problems must be
/// exactly those the validator would report.
@Suite struct SourceCheckTests {
    static let files: [String: String] = [
        "sources.csv": "id,kind\nT-1,testimony\nT-2,rumour\nT-3,report\n",
        "people.csv": "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,Han Chol,\nP-3,Ri Sun,T-9\nP-4,Pak Il,T-2;T-3; ;X\n",
        "ties.csv": "from,to,kind,sources\nP-1,P-2,sibling,T-1\nP-1,P-3,friend,\nP-2,P-3,friend,T-3;T-404;T-404\n",
        "events.csv": "id,person,kind,sources\nE-1,P-1,escape-attempt,T-1\nE-2,P-2,arrest,Q-1\nE-3,P-2,arrest,\n",
        "links.csv": "cause,effect,kind,sources\nE-1,E-2,guilt-by-association,T-1;T-0\nE-1,E-3,led-to,\n",
    ]

    /// The problems of the folder, and those the validator alone gives when the
    /// reader's own source checks are taken out.
    func bothWays(_ files: [String: String], without: [String] = []) throws -> (reader: [Problem], validator: [Problem]) {
        let folder = try ScratchFolder()
        for (name, text) in files where !without.contains(name) { try folder.write("a/" + name, text) }
        let result = CSVFolderReader.read(folder: folder.path + "/a")
        #expect(result.sourcesChecked == [.person, .tie, .event, .link])
        var alone = result
        alone.sourcesChecked = []
        alone.findings = result.findings.filter { $0.problem.record == nil }
        return (result.problems(), alone.problems())
    }

    @Test func theReaderReportsWhatTheValidatorWould() throws {
        let (reader, validator) = try bothWays(Self.files)
        #expect(reader == validator)
        let messages = reader.filter { $0.field == "sources" }.map(\.description)
        #expect(
            messages == [
                "people.csv:3 (P-2): no sources; every person needs at least one source id",
                "people.csv:4 (P-3): unknown source 'T-9'",
                "people.csv:5 (P-4): unknown source 'X'",
                "ties.csv:3: no sources; every tie needs at least one source id",
                "ties.csv:4: unknown source 'T-404'",
                "ties.csv:4: unknown source 'T-404'",
                "events.csv:3 (E-2): unknown source 'Q-1'",
                "events.csv:4 (E-3): no sources; every event needs at least one source id",
                "links.csv:2: unknown source 'T-0'",
                "links.csv:3: no sources; every link needs at least one source id",
            ])
    }

    /// Rows that repeat a list of several sources share it; a repeated list that
    /// names an unknown source is still reported on every row that has it.
    @Test func aRepeatedListIsCheckedOnEveryRow() throws {
        var files = Self.files
        let cells = ["T-1;T-2", "T-2;T-9", "T-1;T-2", " T-2 ; T-9", "T-2;T-9", "T-3;;T-1"]
        files["ties.csv"] = "from,to,kind,sources\n" + cells.map { "P-1,P-2,sibling,\($0)\n" }.joined()
        let folder = try ScratchFolder()
        for (name, text) in files { try folder.write("a/" + name, text) }
        let ties = CSVFolderReader.read(folder: folder.path + "/a").archive.ties
        #expect(ties.map(\.sources) == [["T-1", "T-2"], ["T-2", "T-9"], ["T-1", "T-2"], ["T-2", "T-9"], ["T-2", "T-9"], ["T-3", "T-1"]])
        let (reader, validator) = try bothWays(files)
        #expect(reader == validator)
        let unknown = reader.filter { $0.place.hasPrefix("ties.csv") }.map(\.description)
        #expect(unknown == ["ties.csv:3: unknown source 'T-9'", "ties.csv:5: unknown source 'T-9'", "ties.csv:6: unknown source 'T-9'"])
    }

    @Test func withoutSourcesFileOnlyMissingListsAreReported() throws {
        let (reader, validator) = try bothWays(Self.files, without: ["sources.csv"])
        #expect(reader == validator)
        #expect(!reader.contains { $0.message.hasPrefix("unknown source") })
        #expect(reader.filter { $0.message.hasPrefix("no sources") }.count == 4)
    }
}
