import Foundation
import KinGraphStore
import KinGraphTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// kill -9 during `apply` of 10,000 changes leaves the archive before or after the
/// whole batch, never between, and its log intact.
@Suite(.serialized) struct StoreCrashTests {
    /// Runs `kingraph arguments…` and sends SIGKILL after `delay` seconds; `true`
    /// when the kill landed before the process finished.
    static func kill(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = try ChildProcess.launch(CLIRunner.binary, arguments)
        usleep(UInt32(delay * 1_000_000))
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    @Test func aKilledApplyLeavesAllOrNothing() throws {
        let scratch = try ScratchFolder()
        let archive = scratch.path + "/work.kgdb"
        #expect(try CLIRunner.run(["convert", "--archive", CLIRunner.fixtures + "/small.json", "--to", archive]).status == 0)
        let people = ["P-1", "P-2", "P-3"]
        var lines: [String] = []
        for index in 0..<10_000 {
            lines.append("{\"op\":\"edit\",\"record\":\"\(people[index % 3])\",\"set\":{\"home\":\"batch \(index)\"},\"source\":\"T-001\"}")
        }
        let changes = try scratch.write("changes.jsonl", lines.joined(separator: "\n") + "\n")
        let apply = ["apply", changes, "--archive", archive]
        let store = try SQLiteStore.open(archive)
        let original = try store.load().archive
        var entries = try store.log(since: nil, by: nil).count
        // How long a whole apply takes here, to kill at moments inside it.
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try CLIRunner.run(apply).status == 0)
        let whole = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        entries += 10_000
        var expected = try store.load().archive
        #expect(expected.people.map(\.home) == ["batch 9999", "batch 9997", "batch 9998"])
        var landed = 0
        var random = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let delay = Double.random(in: 0.05...max(whole * 0.95, 0.1), using: &random)
            if try Self.kill(apply, after: delay) { landed += 1 }
            let after = try SQLiteStore.open(archive)
            let archiveNow = try after.load().archive
            let count = try after.log(since: nil, by: nil).count
            #expect(try after.verifyLog() == [])
            if count == entries {
                #expect(archiveNow == expected, "a killed apply left part of a batch")
            } else {
                #expect(count == entries + 10_000, "a killed apply left part of a batch in the log: \(count) entries")
                #expect(archiveNow.people.map(\.home) == expected.people.map(\.home))
                entries = count
                expected = archiveNow
            }
            #expect(archiveNow != original || entries == 10_000)
        }
        #expect(landed >= 2, "the kill never landed during an apply (\(whole) s)")
    }
}
