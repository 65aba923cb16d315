import CGraphviz
import CGraphvizArena
import Foundation


/// The one Graphviz context of the process, and the lock every Graphviz call takes.
///
/// Graphviz keeps global state (its error handler, plugin tables, cgraph's
/// dictionaries); with Debian's 2.42/2.43, a shared context without a lock, a context
/// per thread, or building graphs concurrently while only the layout was locked all
/// crashed. So every cgraph and gvc call in this module runs inside `withContext`.
/// This is the module's one piece of process-wide state, forced by the C library.
final class GraphvizContext: @unchecked Sendable {
    static let shared = GraphvizContext()

    private let lock = NSLock()
    /// `nil` when Graphviz could not start (no plugins installed).
    private let gvc: OpaquePointer?
    /// What Graphviz said during the current call; only touched under `lock`.
    private var messages = ""

    private init() {
        // Before any graph exists: cgraph's memory from per-graph address ranges, so
        // that Graphviz's address-ordered choices come out the same in every process.
        kg_arena_install()
        gvc = gvContext()
        _ = agseterrf(graphvizMessageHandler)
    }

    /// Runs `body` with the context, alone in the process; Graphviz's messages from
    /// this call are collected for `takeMessages`.
    func withContext<T>(_ body: (OpaquePointer) throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc else {
            throw RenderError.graphviz(stage: "start", message: "no Graphviz context (are its plugins installed?)")
        }
        messages = ""
        _ = agreseterrors()
        return try body(gvc)
    }

    /// Called by Graphviz's error handler, inside `withContext`.
    fileprivate func append(_ text: String) { messages += text }

    /// The errors and warnings Graphviz reported so far in this call, one per line,
    /// each starting `Error:` or `Warning:`.
    func takeMessages() -> [String] {
        defer { messages = "" }
        return messages.split(whereSeparator: \.isNewline).map { String($0) }
    }
}

/// Graphviz's error handler: gathers each message for the call in progress.
/// (It only runs inside a Graphviz call, so under the context's lock.)
private let graphvizMessageHandler: agusererrf = { message in
    if let message { GraphvizContext.shared.append(String(cString: message)) }
    return 0
}
