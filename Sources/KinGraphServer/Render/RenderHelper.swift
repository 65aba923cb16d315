#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// One render helper process (`kingraph render-worker`) and the pipes to it. Used by
/// one render at a time (the pool hands it out); its calls block, so the pool runs
/// them off the server's threads.
final class RenderHelper: @unchecked Sendable {
    let pid: pid_t
    private let toHelper: Int32
    private let reader: WireReader
    private let fromHelper: Int32
    /// Renders done so far.
    private(set) var renders = 0
    /// Set when the helper was killed for taking too long.
    private let timedOut = Locked(false)
    private var stopped = false

    /// Starts `command` (an executable path and its arguments) with pipes for its
    /// standard input and output; its standard error goes to /dev/null.
    init(command: [String]) throws(ExplorerFailure) {
        guard let executable = command.first else { throw .renderFailed("no render helper command") }
        // A helper that died must give a write error, not end the server.
        signal(SIGPIPE, SIG_IGN)
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { throw .renderFailed("cannot make a pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&output) == 0 else {
            close(input[0]); close(input[1])
            throw .renderFailed("cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        // Our ends must not leak into other helpers (a helper would then never see its input end).
        for descriptor in [input[1], output[0]] { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // No Swift backtracer in the helper: when Graphviz aborts, the helper must die at
        // once (the backtracer would hold it for seconds), and the pool starts another.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, &argv, &envp)
        close(input[0])
        close(output[1])
        guard status == 0 else {
            close(input[1]); close(output[0])
            throw .renderFailed("cannot start the render helper '\(executable)': \(String(cString: strerror(status)))")
        }
        pid = child
        toHelper = input[1]
        fromHelper = output[0]
        reader = WireReader(descriptor: output[0])
    }

    /// Sends one request and waits for the answer; kills the helper when `timeout`
    /// seconds pass first.
    ///
    /// - Throws: `.renderFailed` with Graphviz's message, or saying the helper
    ///   crashed or took too long (the helper is then dead: do not use it again).
    func render(dot: [UInt8], format: String, layout: String, timeout: Double) throws(ExplorerFailure) -> [UInt8] {
        renders += 1
        let watchdog = DispatchWorkItem { [pid, timedOut] in
            timedOut.withLock { $0 = true }
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        guard writeAll(RenderWire.request(dot: dot, format: format, layout: layout), to: toHelper),
            let header = reader.line()
        else { throw died(timeout) }
        let words = header.split(separator: " ")
        guard words.count == 2, let length = Int(words[1]), length >= 0, let body = reader.bytes(length) else {
            throw died(timeout)
        }
        guard words[0] == "ok" else { throw .renderFailed(String(decoding: body, as: UTF8.self)) }
        return body
    }

    /// Why the helper stopped answering, once it is reaped.
    private func died(_ timeout: Double) -> ExplorerFailure {
        if timedOut.withLock({ $0 }) {
            stop()
            return .renderFailed("drawing took longer than \(Int(timeout)) s and was stopped: narrow the question or try the sfdp layout")
        }
        let status = stop()
        return .renderFailed("the diagram renderer stopped (\(status)) while drawing this; the server goes on, try another layout")
    }

    /// Whether the helper has exited on its own (then it is reaped).
    func hasExited() -> Bool {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        stopped = true
        close(toHelper)
        close(fromHelper)
        return true
    }

    /// Ends the helper (closing its input, then killing it) and reaps it; says how it ended.
    @discardableResult
    func stop() -> String {
        guard !stopped else { return "stopped" }
        stopped = true
        close(toHelper)
        close(fromHelper)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal != 0 ? "signal \(signal)" : "exit status \((status >> 8) & 0xff)"
    }
}
