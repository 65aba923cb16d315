import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph validate`, run as a process.
@Suite struct ValidateCommandTests {
    let small = CLIRunner.fixtures + "/small.json"
    let invalid = CLIRunner.fixtures + "/invalid.json"

    @Test func aValidArchiveGivesOneSummaryLineAndStatus0() throws {
        let result = try CLIRunner.run(["validate", "--archive", small])
        #expect(result.status == 0)
        #expect(result.stdout == "\(small): valid JSON archive: 3 sources, 3 people, 2 ties, 3 events, 2 links\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func theEnvironmentGivesTheDefaultArchive() throws {
        let result = try CLIRunner.run(["validate"], archive: small)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\(small): valid"))
    }

    @Test func everyProblemIsPrintedWithItsPlaceAndStatusIs1() throws {
        let result = try CLIRunner.run(["validate", "--archive", invalid])
        #expect(result.status == 1)
        #expect(
            result.stdout.split(separator: "\n").map(String.init) == [
                "people[0].status (P-1): unknown status 'missing'; expected one of unknown, at-large, detained, disappeared, released, executed, died-in-custody, defected, resettled",
                "people[1].born (P-2): born '2013-02-30' is not a date: day 30 does not exist in that month (use YYYY, YYYY-MM or YYYY-MM-DD, optionally with ? or ~, or an interval A/B)",
                "people[2].id (P-2): duplicate person id 'P-2': an earlier person has it too",
                "ties[0].to: tie from P-1 to themself; a tie joins two different people",
                "events[1].person (E-2): unknown person 'P-9' in person",
                "links[0]: links form a cycle: E-1 → E-2 → E-1; causes cannot loop",
                "links[0].cause: warning: cause E-1 (2015) is dated after its effect E-2 (2014)",
                "links[1].sources: unknown source 'T-2'",
            ])
        #expect(result.stderr == "error: '\(invalid)' is not a valid archive: 7 errors, 1 warning\n")
    }

    @Test func outputIsTheSameOnEveryRun() throws {
        let first = try CLIRunner.run(["validate", "--archive", invalid])
        let second = try CLIRunner.run(["validate", "--archive", invalid])
        #expect(first.stdout == second.stdout)
    }

    @Test func warningsAloneLeaveTheArchiveValid() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write(
            "w.json",
            #"{"format": "kingraph-archive/1", "sources": [{"id": "T", "kind": "other"}], "people": [{"id": "P", "name": "A", "sources": ["T"]}], "events": [{"id": "E-1", "person": "P", "kind": "defection", "date": "2016", "sources": ["T"]}, {"id": "E-2", "person": "P", "kind": "arrest", "date": "2015", "sources": ["T"]}], "links": [{"cause": "E-1", "effect": "E-2", "kind": "led-to", "sources": ["T"]}]}"#
        )
        let result = try CLIRunner.run(["validate", "--archive", path])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                links[0].cause: warning: cause E-1 (2016) is dated after its effect E-2 (2015)
                \(path): valid JSON archive: 1 source, 1 person, 0 ties, 2 events, 1 link; 1 warning

                """)
    }

    /// Bad input through the binary: the message names the place, the status is 1.
    @Test(arguments: [
        ("empty.json", "", "empty.json: the file is empty"),
        ("array.json", "[]", "array.json: the top level is a list"),
        ("format.json", #"{"format": "kingraph-archive/0"}"#, "format: format 'kingraph-archive/0' is not"),
        ("folder/people.csv", "id,name,sources\nP-1,A\n", "people.csv:2 (P-1): the row has 2 cells but the header has 3"),
    ])
    func badFilesExitWith1(_ name: String, _ content: String, _ expected: String) throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(name, content)
        let archive = name.hasPrefix("folder/") ? (file as NSString).deletingLastPathComponent : file
        let result = try CLIRunner.run(["validate", "--archive", archive])
        #expect(result.status == 1)
        #expect(result.stdout.contains(expected), "stdout: \(result.stdout)")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("backtrace"))
    }

    @Test func aMissingArchiveIsStatus1WithAPlainMessage() throws {
        let result = try CLIRunner.run(["validate", "--archive", "/nonexistent/sample.json"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: no archive at '/nonexistent/sample.json': no such file or folder (check --archive or KINGRAPH_ARCHIVE)\n")
    }

    @Test func noArchiveAtAllIsAUsageError() throws {
        let result = try CLIRunner.run(["validate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no archive given: pass --archive PATH, or set KINGRAPH_ARCHIVE"))
    }

    @Test func helpSaysWhatItDoesWithAnExample() throws {
        for command in ["validate", "info", "convert"] {
            let result = try CLIRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("kingraph \(command) --archive"), "\(command) --help has an example")
            #expect(result.stdout.contains("--archive <path>"))
        }
    }
}
