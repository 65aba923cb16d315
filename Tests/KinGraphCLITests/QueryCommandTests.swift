import Foundation
import KinGraphTestSupport
import Testing

/// The query commands (because-of, implicated, path, neighbors, stats, timeline, find)
/// run as processes on the hand-made Hyesan fixture and on the sample archive.
@Suite struct QueryCommandTests {
    let hyesan = CLIRunner.fixtures + "/hyesan.json"
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/graphs/sample.json"

    func json(_ arguments: [String], archive: String? = nil) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--json"], archive: archive ?? hyesan)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func becauseOfAsJSON() throws {
        let answer = try json(["because-of", "P-01"])
        #expect(answer["query"] as? String == "because-of" && answer["person"] as? String == "P-01")
        let results = try #require(answer["results"] as? [[String: Any]])
        #expect(results.map { $0["person"] as? String } == ["P-06", "P-02", "P-12", "P-13", "P-09"])
        let mother = try #require(results[1]["events"] as? [[String: Any]])
        #expect(mother.map { $0["event"] as? String } == ["E-03", "E-04"])
        #expect(mother[1]["chain"] as? [String] == ["E-01", "E-03", "E-04"])
        #expect(mother[1]["kind"] as? String == "detention" && mother[1]["date"] as? String == "2014-03")
    }

    @Test func becauseOfTextWritesTheChainOut() throws {
        let result = try CLIRunner.run(["because-of", "Kim Chul Soo"], archive: hyesan)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Punished because of Kim Chol-su (P-01): 5 people, 6 punitive events\n"))
        #expect(
            result.stdout.contains(
                "E-01 escape-attempt 2013-04 Hyesan → guilt-by-association → E-03 interrogation 2013-06 (T-1, T-2)"
                    + " → led-to → E-04 detention 2014-03 (T-1)\n"))
    }

    @Test func implicatedAsJSON() throws {
        let answer = try json(["implicated", "P-01"])
        #expect(answer["escapes"] as? [String] == ["E-01", "E-16"] && answer["depth"] as? Int == 3)
        let relatives = try #require(answer["relatives"] as? [[String: Any]])
        let rows = relatives.map { r in
            [r["person"], r["kinship"], r["status"]].compactMap { $0 as? String }.joined(separator: " ")
        }
        #expect(rows.contains("P-09 cousin punished") && rows.contains("P-04 sister unlinked"))
        #expect(rows.contains("P-15 parent's spouse at-risk") && rows.contains("P-05 brother-in-law at-risk"))
        let others = try #require(answer["others"] as? [[String: Any]])
        #expect(others.map { $0["person"] as? String } == ["P-12", "P-13"])

        let one = try json(["implicated", "P-01", "--depth", "1", "--event", "E-16", "--min-confidence", "single-source"])
        #expect(one["escapes"] as? [String] == ["E-16"] && (one["relatives"] as? [Any])?.count == 5)
    }

    @Test func pathAsJSON() throws {
        let answer = try json(["path", "P-09", "P-05"])
        #expect(answer["path"] as? [String] == ["P-09", "P-08", "P-03", "P-01", "P-04", "P-05"])
        #expect(answer["ties"] as? [String] == ["parent", "sibling", "parent", "sibling", "spouse"])
        let none = try json(["path", "P-01", "P-12", "--family-only"])
        #expect(none["path"] is NSNull)
        let same = try json(["path", "P-07", "P-07"])
        #expect(same["path"] as? [String] == ["P-07"] && same["ties"] as? [String] == [])
    }

    @Test func neighborsAndDepths() throws {
        let answer = try json(["neighbors", "P-01"])
        let results = try #require(answer["results"] as? [[String: Any]])
        #expect(results.map { $0["person"] as? String } == ["P-02", "P-03", "P-04", "P-06", "P-10", "P-11"])
        #expect(answer["depth"] as? Int == 1)
        let far = try json(["neighbors", "P-01", "--depth", "1000000"])
        #expect((far["results"] as? [Any])?.count == 13)
        for bad in ["0", "-2"] {
            let result = try CLIRunner.run(["neighbors", "P-01", "--depth=\(bad)"], archive: hyesan)
            #expect(result.status == 2 && result.stderr.contains("--depth must be 1 or more"))
        }
    }

    @Test func statsAsJSONAndAsAReportTable() throws {
        let answer = try json(["stats"])
        #expect(answer["people"] as? Int == 15 && answer["punished"] as? Int == 13 && answer["cases"] as? Int == 3)
        #expect(answer["era"] as? [String: Int] == ["before": 1, "after": 10, "uncertain": 2])
        #expect((answer["where"] as? [String: Int])?["KP"] == 9)
        let text = try CLIRunner.run(["stats"], archive: hyesan)
        #expect(text.status == 0 && text.stdout.contains("inside the country (KP)         9   69.2%"))
    }

    @Test func timelineAndFind() throws {
        let timeline = try json(["timeline", "P-02"])
        let events = try #require(timeline["events"] as? [[String: Any]])
        #expect(events.map { $0["event"] as? String } == ["E-01", "E-03", "E-06", "E-11", "E-04"])
        let found = try json(["find", "Choi Man Sik"])
        let matches = try #require(found["results"] as? [[String: Any]])
        #expect(matches.map { $0["person"] as? String } == ["P-07"] && matches.first?["score"] as? Int == 90)
        let partial = try json(["find", "Choi"])
        #expect((partial["results"] as? [Any])?.isEmpty == true)
        #expect((partial["partial"] as? [[String: Any]])?.map { $0["person"] as? String } == ["P-06", "P-07"])
    }

    @Test func badInput() throws {
        let unknown = try CLIRunner.run(["because-of", "Kim Chal-su"], archive: hyesan)
        #expect(unknown.status == 1 && unknown.stderr.contains("closest names: Kim Chol-su (P-01)"))
        let partialOnly = try CLIRunner.run(["timeline", "Kim"], archive: hyesan)
        #expect(partialOnly.status == 1 && partialOnly.stderr.contains("no person matches 'Kim'; closest names: Kim Chol-su (P-01)"))
        let folder = try ScratchFolder()
        let twins = try folder.write("twins.json", Self.twins)
        let same = try CLIRunner.run(["neighbors", "Kim Cheol"], archive: twins)
        #expect(same.status == 1 && same.stderr.contains("'Kim Cheol' matches 2 people: Kim Chol (P-1), Gim Chul (P-2)"))
        let noEscape = try CLIRunner.run(["implicated", "P-02"], archive: hyesan)
        #expect(noEscape.status == 1 && noEscape.stderr.contains("use 'because-of P-02'"))
        let level = try CLIRunner.run(["stats", "--min-confidence", "certain"], archive: hyesan)
        #expect(level.status == 2 && level.stderr.contains("unknown confidence level 'certain'"))
        let event = try CLIRunner.run(["implicated", "P-01", "--event", "E-02"], archive: hyesan)
        #expect(event.status == 1 && event.stderr.contains("E-02 is a repatriation, not an escape"))
        for result in [unknown, partialOnly, same, noEscape, level, event] { #expect(!result.stderr.contains("Fatal error")) }
    }

    /// Two people whose names are two spellings of one name.
    static let twins = """
        {"format": "kingraph-archive/1", "sources": [{"id": "T-1", "kind": "testimony"}],
         "people": [{"id": "P-1", "name": "Kim Chol", "sources": ["T-1"]},
                    {"id": "P-2", "name": "Gim Chul", "sources": ["T-1"]}],
         "ties": [], "events": [], "links": []}
        """

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        for arguments in [["implicated", "P-01", "--json"], ["stats"], ["because-of", "P-01"]] {
            let first = try CLIRunner.run(arguments, archive: hyesan)
            let second = try CLIRunner.run(arguments, archive: hyesan)
            #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
        }
    }

    /// The figures graphs/README.md and scripts/check_sample.py give for the sample.
    @Test func theSampleArchive() throws {
        let becauseOf = try json(["because-of", "P-0001"], archive: Self.sample)
        let results = try #require(becauseOf["results"] as? [[String: Any]])
        #expect(results.count == 7 && results.flatMap { ($0["events"] as? [Any]) ?? [] }.count == 15)
        let implicated = try json(["implicated", "P-0001"], archive: Self.sample)
        let statuses = (implicated["relatives"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses.filter { $0 == "punished" }.count == 6 && statuses.filter { $0 == "unlinked" }.count == 1)
        #expect(statuses.filter { $0 == "at-risk" }.count == 4)
        let path = try json(["path", "P-0015", "P-0066"], archive: Self.sample)
        #expect(path["ties"] as? [String] == ["broker", "broker", "spouse"])
        let stats = try json(["stats"], archive: Self.sample)
        #expect(stats["punished"] as? Int == 113 && stats["testimonies"] as? Int == 62 && stats["cases"] as? Int == 66)
        #expect(stats["where"] as? [String: Int] == ["KP": 89, "abroad": 23, "unknown": 1])
        #expect(stats["era"] as? [String: Int] == ["before": 75, "after": 34, "uncertain": 4])
        #expect(stats["covid"] as? [String: Int] == ["before": 106, "after": 6, "uncertain": 1])
        let why = try #require(stats["why"] as? [String: Int])
        #expect(why["defection"] == 45 && why["guilt-by-association"] == 29 && why["contact-abroad"] == 10)
        #expect(why["unknown"] == 4)
    }
}
