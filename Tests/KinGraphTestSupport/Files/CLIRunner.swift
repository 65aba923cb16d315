import Foundation

/// Runs the built `kingraph` binary and captures what it prints.
public enum CLIRunner {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The binary next to the test products (`swift test` builds every product),
    /// or under `.build/debug` of this package.
    public static var binary: String {
        let products = Bundle.main.executableURL?.deletingLastPathComponent().path ?? ""
        let candidates = [
            products + "/kingraph",
            Bundle.module.bundleURL.deletingLastPathComponent().path + "/kingraph",
            TestFixtures.packageRoot + "/.build/debug/kingraph",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }

    /// The shared fixtures folder (small.json, hyesan.json, …).
    public static var fixtures: String { TestFixtures.folder }

    /// Runs `kingraph arguments…` with `KINGRAPH_ARCHIVE` set to `archive` (or unset),
    /// `KINGRAPH_USER` to `by`, in `folder`, with `input` on its standard input.
    public static func run(
        _ arguments: [String], archive: String? = nil, in folder: String? = nil, by: String? = nil,
        environment extra: [String: String] = [:], input: String? = nil
    ) throws -> Output {
        var environment = ProcessInfo.processInfo.environment
        environment["KINGRAPH_ARCHIVE"] = archive
        environment["KINGRAPH_USER"] = by
        environment.merge(extra) { $1 }
        return try ChildProcess.run(binary, arguments, environment: environment, in: folder, input: input)
    }
}

/// Runs a program to its end, reading its standard output and standard error at
/// the same time (on two threads), so a child that fills one pipe while the test
/// reads the other cannot hang the test.
public enum ChildProcess {
    public static func run(
        _ program: String, _ arguments: [String], environment: [String: String]? = nil, in folder: String? = nil,
        input: String? = nil
    ) throws -> CLIRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        if let stdin, let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let errorBytes = PipeDrain(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorBytes.wait()
        process.waitUntilExit()
        return CLIRunner.Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension ChildProcess {
    /// Starts `program` with its output thrown away, for a test that stops it
    /// (kill -9 mid-write); the caller waits for it.
    public static func launch(_ program: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
