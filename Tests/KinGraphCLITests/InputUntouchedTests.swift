import Foundation
import KinGraphTestSupport
import Testing

/// Reading never modifies an input: after every command that reads an archive or an
/// exchange file, each input file has the same bytes and modification time, and no
/// file has appeared beside it.
@Suite struct InputUntouchedTests {
    /// Bytes and modification time of every file under `folder` (by relative path).
    static func snapshot(_ folder: String) throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        let manager = FileManager.default
        for name in try manager.subpathsOfDirectory(atPath: folder).sorted() {
            let path = folder + "/" + name
            let attributes = try manager.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let modified = attributes[.modificationDate] as? Date ?? .distantPast
            result[name] = (try Data(contentsOf: URL(fileURLWithPath: path)), modified)
        }
        return result
    }

    @Test func everyReadingCommandLeavesItsInputAsItWas() throws {
        let scratch = try ScratchFolder()
        let inputs = scratch.path + "/inputs", outputs = scratch.path + "/outputs"
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let json = inputs + "/small.json", csv = inputs + "/small-csv"
        try FileManager.default.copyItem(atPath: CLIRunner.fixtures + "/small.json", toPath: json)
        try #require(CLIRunner.run(["convert", "--archive", json, "--to", csv]).status == 0)
        let ftm = outputs + "/small.ftm.json"
        try #require(CLIRunner.run(["export", "--archive", json, "--format", "ftm", "--output", ftm]).status == 0)
        try FileManager.default.moveItem(atPath: ftm, toPath: inputs + "/small.ftm.json")
        // Old timestamps, so a rewrite within the same second would still show.
        let old = Date(timeIntervalSince1970: 1_500_000_000)
        for name in try FileManager.default.subpathsOfDirectory(atPath: inputs) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: inputs + "/" + name)
        }
        let before = try Self.snapshot(inputs)
        #expect(before.count == 8, "\(before.keys.sorted())")

        var n = 0
        func out(_ ext: String) -> String {
            n += 1
            return outputs + "/out\(n).\(ext)"
        }
        for archive in [json, csv] {
            let commands: [[String]] = [
                ["validate"], ["info"], ["stats"], ["stats", "--json"], ["find", "Ri Song-mi"],
                ["because-of", "P-1"], ["implicated", "P-1"], ["path", "P-1", "P-3"], ["neighbors", "P-2", "--depth", "2"],
                ["timeline", "P-2", "--json"], ["render", "--output", out("svg")], ["render", "--output", out("dot")],
                ["export", "--format", "graphml", "--output", out("graphml")],
                ["export", "--format", "gexf", "--output", out("gexf")],
                ["convert", "--to", out("json")],
            ]
            for command in commands {
                let result = try CLIRunner.run(command + ["--archive", archive])
                #expect(result.status == 0, "\(command): \(result.stderr)")
            }
        }
        let imported = try CLIRunner.run([
            "import", "--format", "ftm", "--input", inputs + "/small.ftm.json", "--output", out("json"),
        ])
        #expect(imported.status == 0, "\(imported.stderr)")

        let after = try Self.snapshot(inputs)
        #expect(after.keys.sorted() == before.keys.sorted(), "files appeared or vanished beside the inputs")
        for (name, (bytes, modified)) in before {
            #expect(after[name]?.0 == bytes, "\(name) changed")
            #expect(after[name]?.1 == modified, "\(name) was touched")
        }
    }
}
