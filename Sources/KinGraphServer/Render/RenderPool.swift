import Foundation

/// Render helpers shared by every request: at most `size` at once, each replaced
/// after `rendersPerHelper` renders (Graphviz leaks on every layout) or as soon as it
/// crashes or times out. A failed render gives its request an error; the server and
/// the other renders go on.
public actor RenderPool {
    public struct Settings: Sendable {
        /// The helper's command: the kingraph binary and `render-worker`.
        public var command: [String]
        public var size: Int
        public var rendersPerHelper: Int
        /// Seconds one render may take.
        public var timeout: Double

        public init(command: [String], size: Int = 2, rendersPerHelper: Int = 100, timeout: Double = 30) {
            self.command = command
            self.size = max(1, size)
            self.rendersPerHelper = max(1, rendersPerHelper)
            self.timeout = timeout
        }
    }

    private let settings: Settings
    private var idle: [RenderHelper] = []
    private var busy: Set<Int32> = []
    private var alive = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// Helpers started so far, and those that ended by crashing or timing out.
    public private(set) var started = 0
    public private(set) var failures = 0
    /// Renders asked for so far.
    public private(set) var renders = 0

    public init(settings: Settings) { self.settings = settings }

    /// The rendered file: `dot` laid out with `layout`, as `format`.
    public func render(dot: String, format: String, layout: String) async throws(ExplorerFailure) -> [UInt8] {
        renders += 1
        let helper = try await checkOut()
        busy.insert(helper.pid)
        let timeout = settings.timeout
        let bytes = Array(dot.utf8)
        let result: Result<[UInt8], ExplorerFailure> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(ExplorerFailure) {
                    continuation.resume(returning: .success(
                        try helper.render(dot: bytes, format: format, layout: layout, timeout: timeout)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        busy.remove(helper.pid)
        checkIn(helper, healthy: isHealthy(result))
        return try result.get()
    }

    /// Process ids of the helpers waiting for work (for tests that kill one).
    public func idleHelpers() -> [Int32] { idle.map(\.pid) }

    /// Process ids of the helpers drawing now.
    public func busyHelpers() -> [Int32] { busy.sorted() }

    /// Stops every idle helper (at shutdown).
    public func shutDown() {
        for helper in idle { helper.stop() }
        alive -= idle.count
        idle = []
    }

    private func isHealthy(_ result: Result<[UInt8], ExplorerFailure>) -> Bool {
        // Graphviz reporting an error is an answer; a helper that died is not.
        if case .failure(let failure) = result, failure.description.hasPrefix("the diagram renderer stopped")
            || failure.description.hasPrefix("drawing took longer")
        {
            return false
        }
        return true
    }

    private func checkOut() async throws(ExplorerFailure) -> RenderHelper {
        while true {
            if let helper = idle.popLast() {
                if helper.hasExited() {
                    failures += 1
                    alive -= 1
                    continue
                }
                return helper
            }
            if alive < settings.size {
                alive += 1
                do throws(ExplorerFailure) {
                    let helper = try RenderHelper(command: settings.command)
                    started += 1
                    return helper
                } catch {
                    alive -= 1
                    throw error
                }
            }
            await withCheckedContinuation { waiting.append($0) }
        }
    }

    private func checkIn(_ helper: RenderHelper, healthy: Bool) {
        if !healthy { failures += 1 }
        if healthy && helper.renders < settings.rendersPerHelper {
            idle.append(helper)
        } else {
            if healthy { helper.stop() }
            alive -= 1
        }
        if !waiting.isEmpty { waiting.removeFirst().resume() }
    }
}
