import Foundation
import KinGraphTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Nothing is lost: a writer killed midway leaves the old output whole, its temporary
/// file is never taken for output, and reading never modifies an input.
@Suite(.serialized) struct NothingLostTests {
    /// A large generated archive (a CSV folder) and a small one (the fixture), so the
    /// killed writer's output differs from what it would replace.
    final class Archives {
        let scratch: ScratchFolder
        let big: String
        let small: String

        init() throws {
            scratch = try ScratchFolder()
            big = scratch.path + "/big"
            small = CLIRunner.fixtures + "/small.json"
            let made = try CLIRunner.run(["generate", "--people", "40000", "--seed", "7", "--output", big])
            #expect(made.status == 0, "\(made.stderr)")
        }
    }

    /// Runs `kingraph arguments…`, and as soon as a temporary file of the atomic writer
    /// appears in `folder` sends SIGKILL. `true` when the kill landed (the process died
    /// by the signal); `false` when it finished first.
    static func killWhileWriting(_ arguments: [String], watching folder: String) throws -> Bool {
        let process = try ChildProcess.launch(CLIRunner.binary, arguments)
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.hasPrefix(".kingraph-") && $0.hasSuffix(".tmp") }) {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(500)
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// The names in `folder` that are not `expected` must all be the writer's hidden
    /// temporary files.
    static func leftovers(in folder: String, besides expected: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !expected.contains($0) }
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Makes `output` from the small archive with `write`, then kills `write` on the big
    /// archive midway (up to three tries for the kill to land while writing) and
    /// checks that `output` is byte for byte what it was.
    static func checkKilled(
        output: String, files: [String], in archives: Archives, _ write: (_ archive: String) -> [String]
    ) throws {
        let folder = (output as NSString).deletingLastPathComponent
        let first = try CLIRunner.run(write(archives.small))
        try #require(first.status == 0, "\(first.stderr)")
        let before = try files.map { try bytes($0) }
        var landed = false
        for _ in 0..<3 where !landed {
            landed = try killWhileWriting(write(archives.big) + ["--force"], watching: folder)
            if !landed {
                // It finished before the kill: put the small output back and try again.
                try #require(CLIRunner.run(write(archives.small) + ["--force"]).status == 0)
            }
        }
        #expect(landed, "the writer was never caught while writing")
        for (file, old) in zip(files, before) {
            #expect(try bytes(file) == old, "\(file) changed when its writer was killed")
        }
        let names = Set(files.map { ($0 as NSString).lastPathComponent })
        for name in try leftovers(in: folder, besides: names) {
            #expect(name.hasPrefix(".kingraph-") && name.hasSuffix(".tmp"), "unexpected file left: \(name)")
        }
    }

    @Test func aKilledConvertToJSONLeavesTheOldFileWhole() throws {
        let archives = try Archives()
        let out = archives.scratch.path + "/json-out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let file = out + "/archive.json"
        try Self.checkKilled(output: file, files: [file], in: archives) { ["convert", "--archive", $0, "--to", file] }
        let check = try CLIRunner.run(["validate", "--archive", file])
        #expect(check.status == 0 && check.stdout.contains("3 people"), "\(check.stdout)\(check.stderr)")
    }

    @Test func aKilledConvertToACSVFolderLeavesEveryOldFileWhole() throws {
        let archives = try Archives()
        let out = archives.scratch.path + "/csv-out"
        let names = ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv", "archive.csv"]
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Self.checkKilled(output: out + "/people.csv", files: names.map { out + "/" + $0 }, in: archives) {
            ["convert", "--archive", $0, "--to", out]
        }
        // The temporary files left behind are not read as the archive.
        let check = try CLIRunner.run(["validate", "--archive", out])
        #expect(check.status == 0 && check.stdout.contains("3 people"), "\(check.stdout)\(check.stderr)")
    }

    @Test func aKilledExportLeavesTheOldFileWhole() throws {
        let archives = try Archives()
        let out = archives.scratch.path + "/export-out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let file = out + "/archive.graphml"
        try Self.checkKilled(output: file, files: [file], in: archives) {
            ["export", "--archive", $0, "--format", "graphml", "--output", file]
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasSuffix("</graphml>\n"))
    }
}
