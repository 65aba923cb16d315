import Foundation
import KinGraphTestSupport
import Testing

/// The same archive gives byte-identical diagrams from one process to the next: every
/// drawn answer of the sample, in each view, format and layout, drawn by separate
/// `kingraph` processes (Graphviz 2.43 in-process used to lay out by heap address).
@Suite struct DiagramStabilityTests {
    static let answers: [[String]] = [
        ["because-of", "P-0001"], ["implicated", "P-0001"], ["path", "P-0015", "P-0066"],
        ["neighbors", "P-0001", "--family-only"], ["timeline", "P-0001", "--view", "people"],
        ["timeline", "P-0001", "--view", "events"],
    ]

    /// The diagram's bytes from `runs` separate processes.
    func drawings(_ command: [String], format: String, runs: Int = 3) throws -> [Data] {
        let scratch = try ScratchFolder()
        return try (0..<runs).map { run in
            let out = scratch.path + "/d\(run).\(format)"
            let result = try CLIRunner.run(command + ["--diagram", out], archive: QueryCommandTests.sample)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }
    }

    @Test(arguments: answers)
    func everyAnswerDrawsTheSameSVG(command: [String]) throws {
        let svgs = try drawings(command, format: "svg")
        #expect(svgs[0].count > 1000)
        #expect(Set(svgs).count == 1, "\(command): \(Set(svgs).count) different SVGs in \(svgs.count) runs")
    }

    @Test(arguments: ["pdf", "png"])
    func pdfAndPNGAreTheSame(format: String) throws {
        let files = try drawings(["timeline", "P-0001", "--view", "events"], format: format)
        #expect(Set(files).count == 1, "\(format): \(Set(files).count) different files")
        if format == "pdf" {
            // cairo's time of drawing is taken out (the date is what changed between runs).
            #expect(!String(decoding: files[0], as: UTF8.self).contains("/CreationDate"))
        }
    }

    @Test(arguments: ["neato", "fdp", "sfdp", "circo"])
    func everyLayoutIsTheSame(layout: String) throws {
        // fdp ordered parallel edges by node address; every engine is checked.
        let svgs = try drawings(["neighbors", "P-0001", "--layout", layout], format: "svg")
        #expect(Set(svgs).count == 1, "\(layout): \(Set(svgs).count) different SVGs")
    }
}
