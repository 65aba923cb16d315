import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph render` and `--diagram FILE` on the query commands, run as processes.
@Suite struct DiagramCommandTests {
    let sample = QueryCommandTests.sample
    let hyesan = CLIRunner.fixtures + "/hyesan.json"

    /// Names, hangul and aliases of the sample's protected people that no one else
    /// shares (a shared name could rightly appear for the other person).
    func protectedStrings() throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let people = try #require(root["people"] as? [[String: Any]])
        func strings(_ p: [String: Any]) -> [String] {
            [p["name"] as? String, p["hangul"] as? String].compactMap { $0 } + (p["aliases"] as? [String] ?? [])
        }
        let open = people.filter { $0["protected"] as? Bool != true }.flatMap(strings)
        return people.filter { $0["protected"] as? Bool == true }.flatMap(strings)
            .filter { secret in !open.contains { $0.contains(secret) } }
    }

    @Test func renderWritesTheNeighbourhood() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/around.svg"
        let result = try CLIRunner.run(["render", "--focus", "P-0001", "--depth", "2", "--output", out], archive: sample)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote \(out): 20 people"))
        let svg = decodeXMLEntities(try String(contentsOfFile: out, encoding: .utf8))
        #expect(svg.hasPrefix("<?xml") && svg.contains("Pak Yong-myong") && svg.contains("박영명"))
        #expect(svg.contains("Who is within 2 steps of Pak Yong-myong?"))
        // Written atomically: nothing but the diagram is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["around.svg"])
    }

    @Test(arguments: ["svg", "dot", "png", "pdf"])
    func protectedPeopleAreNotInAnyDiagramFile(format: String) throws {
        let scratch = try ScratchFolder()
        let secrets = try protectedStrings()
        #expect(secrets.count > 100)
        for command in [["implicated", "P-0001"], ["because-of", "P-0001"], ["timeline", "P-0003"]] {
            let out = scratch.path + "/d.\(format)"
            let result = try CLIRunner.run(command + ["--diagram", out], archive: sample)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
            let text = decodeXMLEntities(raw)
            for secret in secrets {
                #expect(!raw.contains(secret) && !text.contains(secret), "\(secret) in \(command) \(format)")
            }
        }
    }

    @Test func revealProtectedShowsThem() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/d.dot"
        let result = try CLIRunner.run(["implicated", "P-0001", "--diagram", out, "--reveal-protected"], archive: sample)
        #expect(result.status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Choe Un-sil") && text.contains("최은실"))
    }

    @Test(arguments: [
        ["because-of", "P-01"], ["implicated", "P-01"], ["path", "P-01", "P-14"], ["neighbors", "P-01"],
        ["timeline", "P-01"],
    ])
    func everyQueryDrawsItsAnswer(command: [String]) throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/answer.svg"
        let result = try CLIRunner.run(command + ["--json", "--diagram", out], archive: hyesan)
        #expect(result.status == 0, "\(result.stderr)")
        // Standard output is still the answer alone; the diagram is announced on stderr.
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
        #expect(result.stderr.contains("diagram written to \(out)"))
        let svg = decodeXMLEntities(try String(contentsOfFile: out, encoding: .utf8))
        #expect(svg.contains("Hyesan family (fictional): query fixture"))
        #expect(svg.contains("<g id=\"node1\" class=\"node\">"))
    }

    @Test func timelineDrawsEventsAndOthersPeopleByDefault() throws {
        let scratch = try ScratchFolder()
        _ = try CLIRunner.run(["timeline", "P-01", "--diagram", scratch.path + "/t.dot"], archive: hyesan)
        _ = try CLIRunner.run(["because-of", "P-01", "--diagram", scratch.path + "/b.dot"], archive: hyesan)
        _ = try CLIRunner.run(
            ["because-of", "P-01", "--diagram", scratch.path + "/e.dot", "--view", "events"], archive: hyesan)
        #expect(try String(contentsOfFile: scratch.path + "/t.dot", encoding: .utf8).contains("rankdir=\"LR\""))
        #expect(try String(contentsOfFile: scratch.path + "/b.dot", encoding: .utf8).contains("rankdir=\"TB\""))
        #expect(try String(contentsOfFile: scratch.path + "/e.dot", encoding: .utf8).contains("rankdir=\"LR\""))
    }

    @Test func badDestinationsAreClearErrors() throws {
        let scratch = try ScratchFolder()
        let unknown = try CLIRunner.run(["render", "--output", scratch.path + "/x.jpeg"], archive: hyesan)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("cannot tell the diagram format of") && unknown.stderr.contains(".svg"))
        let missing = try CLIRunner.run(["because-of", "P-01", "--diagram", scratch.path + "/no/x.svg"], archive: hyesan)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("the folder '\(scratch.path)/no' does not exist"))
        #expect(missing.stdout.isEmpty)
        let layout = try CLIRunner.run(["render", "--output", scratch.path + "/x.svg", "--layout", "spring"], archive: hyesan)
        #expect(layout.status == 2)
        let depth = try CLIRunner.run(["render", "--output", scratch.path + "/x.svg", "--depth", "2"], archive: hyesan)
        #expect(depth.status == 2 && depth.stderr.contains("--depth needs --focus"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func tooLargeIsRefusedUnlessForcedAndSuggestsSfdp() throws {
        let scratch = try ScratchFolder()
        let archive = scratch.path + "/big"
        let made = try CLIRunner.run(["generate", "--people", "1500", "--output", archive])
        #expect(made.status == 0, "\(made.stderr)")
        let refused = try CLIRunner.run(["render", "--output", scratch.path + "/big.dot"], archive: archive)
        // DOT needs no layout: it is written whatever the size.
        #expect(refused.status == 0)
        let svg = try CLIRunner.run(["render", "--output", scratch.path + "/big.svg"], archive: archive)
        #expect(svg.status == 1)
        #expect(svg.stderr.contains("1500 nodes") && svg.stderr.contains("--layout sfdp") && svg.stderr.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/big.svg"))
    }
}
