import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph info` and `kingraph convert`, run as processes.
@Suite struct InfoConvertCommandTests {
    let small = CLIRunner.fixtures + "/small.json"

    @Test func infoCountsEachKindSourcesByKindAndTheDateRange() throws {
        let result = try CLIRunner.run(["info", "--archive", small])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                archive  \(small) (JSON)
                title    Small fixture (fictional people)
                sources  3: testimony 2, report 1
                people   3 (1 protected)
                ties     2
                events   3, dated 2012-12-31 to 2016/
                links    2

                """)
    }

    @Test func infoAsJSON() throws {
        let result = try CLIRunner.run(["info", "--archive", small, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["sources": 3, "people": 3, "ties": 2, "events": 3, "links": 2])
        #expect(object["sourcesByKind"] as? [String: Int] == ["testimony": 2, "report": 1])
        let dates = try #require(object["eventDates"] as? [String: Any])
        #expect(dates["earliest"] as? String == "2012-12-31")
        #expect(dates["undated"] as? Int == 0)
    }

    @Test func infoOnAnInvalidArchiveListsProblemsOnStderr() throws {
        let result = try CLIRunner.run(["info", "--archive", CLIRunner.fixtures + "/invalid.json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("ties[0].to: tie from P-1 to themself"))
        #expect(result.stderr.hasSuffix("is not a valid archive: 7 errors, 1 warning (listed above)\n"))
    }

    @Test func convertToCSVAndBackIsLossless() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path + "/csv"
        let toCSV = try CLIRunner.run(["convert", "--archive", small, "--to", folder])
        #expect(toCSV.status == 0)
        #expect(toCSV.stdout == "wrote \(folder) (CSV folder): 3 sources, 3 people, 2 ties, 3 events, 2 links\n")
        let back = scratch.path + "/back.json"
        #expect(try CLIRunner.run(["convert", "--archive", folder, "--to", back]).status == 0)
        let again = scratch.path + "/again.json"
        #expect(try CLIRunner.run(["convert", "--archive", small, "--to", again]).status == 0)
        // Same archive, so the same bytes, whichever way it came.
        #expect(FileManager.default.contents(atPath: back) == FileManager.default.contents(atPath: again))
        let info = try CLIRunner.run(["info", "--archive", back])
        #expect(info.stdout.contains("sources  3: testimony 2, report 1"))
    }

    @Test func convertOntoTheInputIsRefused() throws {
        let scratch = try ScratchFolder()
        let input = scratch.path + "/in.json"
        try FileManager.default.copyItem(atPath: small, toPath: input)
        let before = FileManager.default.contents(atPath: input)
        let result = try CLIRunner.run(["convert", "--archive", "in.json", "--to", "./in.json", "--force"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: './in.json' is the input archive; write the converted archive to another path\n")
        #expect(FileManager.default.contents(atPath: input) == before)
    }

    @Test func convertOntoExistingOutputNeedsForce() throws {
        let scratch = try ScratchFolder()
        let out = try scratch.write("out.json", "keep me")
        let refused = try CLIRunner.run(["convert", "--archive", small, "--to", out])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'\(out)' already exists (a file); choose another path, or pass --force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
        let forced = try CLIRunner.run(["convert", "--archive", small, "--to", out, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{\n  \"format\": \"kingraph-archive/1\""))
    }

    @Test func convertWithoutToIsAUsageError() throws {
        let result = try CLIRunner.run(["convert", "--archive", small])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--to"))
    }
}
