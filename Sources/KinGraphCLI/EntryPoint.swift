import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension KinGraphCommand {
    /// Runs the command line and exits: 0 on success, 1 when a command fails (the
    /// message goes to standard error, never a backtrace), 2 on a usage error.
    public static func runMain(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            terminate(0)
        } catch {
            terminate(report(error))
        }
    }

    /// Prints what `error` means for the user and returns the exit status.
    static func report(_ error: any Error) -> Int32 {
        let code = exitCode(for: error)
        if code == .success {
            // --help, --version: the parser's own text on standard output.
            print(fullMessage(for: error))
            return 0
        }
        if code == .validationFailure {
            // A usage error: the parser's message and the usage line.
            printError(fullMessage(for: error))
            return 2
        }
        if error is ExitCode {
            // The command printed its own message (e.g. every problem of an archive).
            return code.rawValue
        }
        printError("error: \(error)")
        return 1
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    var text = message
    if !text.hasSuffix("\n") { text += "\n" }
    FileHandle.standardError.write(Data(text.utf8))
}

/// Ends the process with `status`.
func terminate(_ status: Int32) -> Never {
    exit(status)
}
