import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph export` and `kingraph import`, run as processes.
@Suite struct ExchangeCommandTests {
    let small = CLIRunner.fixtures + "/small.json"
    /// The GEDCOM fixtures of the formats tests.
    static let gedcoms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KinGraphFormatsTests/Fixtures/exchange").path

    /// The names of the files in `folder`, sorted.
    func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("each format is written, and the protected person's name is in none of them",
          arguments: ["graphml", "gexf", "ftm", "dot"])
    func exportRedacted(format: String) throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/out." + format
        let result = try CLIRunner.run(["export", "--archive", small, "--format", format, "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 protected people as pseudonyms"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Protected person"))
        #expect(!text.contains("Pak Yong-ho"))
        #expect(!text.contains("1985-02-28"))
        #expect(text.contains("Ri Song-mi"))
        #expect(try listing(scratch.path) == ["out." + format])
    }

    @Test("--reveal-protected writes the protected person as recorded")
    func exportRevealed() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/out.graphml"
        let result = try CLIRunner.run(["export", "--archive", small, "--format", "graphml", "--output", out, "--reveal-protected"])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Pak Yong-ho"))
    }

    @Test("--focus and --depth export the neighbourhood only")
    func exportFocus() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/near.ftm"
        let result = try CLIRunner.run(["export", "--archive", small, "--format", "ftm", "--output", out, "--focus", "Ri Song-mi"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        // P-1 and their parent tie's other end (P-2, as a pseudonym); P-3 is two steps away.
        #expect(text.contains("Ri Song-mi"))
        #expect(!text.contains("Jo Un-ha"))
        #expect(text.split(separator: "\n").filter { $0.contains("\"schema\":\"Person\"") }.count == 2)
    }

    @Test("an output folder that does not exist is an error, and nothing is written")
    func missingFolder() throws {
        let scratch = try ScratchFolder()
        let result = try CLIRunner.run(["export", "--archive", small, "--format", "gexf", "--output", scratch.path + "/no/such/out.gexf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist"))
        #expect(try listing(scratch.path).isEmpty)
    }

    @Test("an existing output is kept without --force, replaced with it")
    func force() throws {
        let scratch = try ScratchFolder()
        let out = try scratch.write("out.graphml", "old")
        let refused = try CLIRunner.run(["export", "--archive", small, "--format", "graphml", "--output", out])
        #expect(refused.status == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old")
        let forced = try CLIRunner.run(["export", "--archive", small, "--format", "graphml", "--output", out, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try listing(scratch.path) == ["out.graphml"])
    }

    @Test("a GEDCOM import writes an archive that validates, and lists what it left out with lines")
    func importGEDCOM() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/family.json"
        let result = try CLIRunner.run(["import", "--format", "gedcom", "--input", Self.gedcoms + "/gramps.ged", "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("5 people, 6 ties"))
        #expect(result.stderr.contains("gramps.ged:44: warning: INDI DEAT (death) not mapped"))
        let validate = try CLIRunner.run(["validate", "--archive", out])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test("a truncated GEDCOM writes nothing and says where", arguments: ["truncated.ged", "bad-levels.ged"])
    func importBroken(name: String) throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/family.json"
        let result = try CLIRunner.run(["import", "--format", "gedcom", "--input", Self.gedcoms + "/" + name, "--output", out])
        #expect(result.status == 1)
        #expect(result.stderr.contains(name + ":"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try listing(scratch.path).isEmpty)
    }

    @Test("export then import through FtM and GraphML gives the archive back")
    func roundTrip() throws {
        let scratch = try ScratchFolder()
        for format in ["ftm", "graphml"] {
            let file = scratch.path + "/a." + format
            let back = scratch.path + "/back-\(format).json"
            #expect(try CLIRunner.run(["export", "--archive", small, "--format", format, "--output", file, "--reveal-protected"]).status == 0)
            let imported = try CLIRunner.run(["import", "--format", format, "--input", file, "--output", back])
            #expect(imported.status == 0, "\(imported.stderr)")
            let info = try CLIRunner.run(["info", "--archive", back])
            #expect(info.stdout.contains("people   3 (1 protected)"), "\(info.stdout)")
        }
    }
}
