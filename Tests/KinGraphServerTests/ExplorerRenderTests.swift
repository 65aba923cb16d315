import Foundation
import KinGraphTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@testable import KinGraphServer

/// The render helpers: real `kingraph render-worker` processes, killed, timed out
/// and recycled; the server keeps answering.
@Suite struct ExplorerRenderTests {
    static let dot = "digraph g { a -> b; b -> c; a [label=\"Kim Chol-su\"]; }\n"

    func pool(rendersPerHelper: Int = 100, timeout: Double = 30) -> RenderPool {
        RenderPool(settings: RenderPool.Settings(
            command: [ExplorerHarness.binary, "render-worker"], size: 2, rendersPerHelper: rendersPerHelper, timeout: timeout))
    }

    @Test func aHelperRendersEveryFormat() async throws {
        let pool = pool()
        let svg = try await pool.render(dot: Self.dot, format: "svg", layout: "dot")
        #expect(String(decoding: svg, as: UTF8.self).contains("Kim Chol&#45;su"))
        let png = try await pool.render(dot: Self.dot, format: "png", layout: "dot")
        let image = try #require(PNGInspection(png))
        #expect(image.width > 0 && image.distinctColours > 2)
        let pdf = try await pool.render(dot: Self.dot, format: "pdf", layout: "neato")
        #expect(PDFInspection(pdf).text.contains("Kim Chol-su"))
        await pool.shutDown()
    }

    @Test func aKilledHelperIsReplacedAndTheNextRenderWorks() async throws {
        let pool = pool()
        _ = try await pool.render(dot: Self.dot, format: "svg", layout: "dot")
        let helpers = await pool.idleHelpers()
        #expect(helpers.count == 1)
        for pid in helpers { kill(pid, SIGKILL) }
        try await Task.sleep(for: .milliseconds(100))
        let svg = try await pool.render(dot: Self.dot, format: "svg", layout: "dot")
        #expect(!svg.isEmpty)
        #expect(await pool.started == 2)
        #expect(await pool.failures == 1)
        await pool.shutDown()
    }

    @Test func aRenderPastTheTimeoutIsStoppedWithAMessage() async throws {
        let pool = pool(timeout: 0.5)
        // A large dense graph: dot takes seconds on it.
        var text = "digraph g {\n"
        for i in 0..<400 { for j in stride(from: i % 7, to: 400, by: 37) { text += "n\(i) -> n\(j);\n" } }
        text += "}\n"
        await #expect(throws: ExplorerFailure.self) {
            _ = try await pool.render(dot: text, format: "svg", layout: "dot")
        }
        do {
            _ = try await pool.render(dot: text, format: "svg", layout: "dot")
        } catch {
            #expect(error.description.contains("took longer than"))
        }
        let svg = try await pool.render(dot: Self.dot, format: "svg", layout: "dot")
        #expect(!svg.isEmpty)
        #expect(await pool.failures >= 1)
        await pool.shutDown()
    }

    @Test func aHelperCrashingMidRenderGivesAnErrorAndTheNextRenderWorks() async throws {
        let pool = pool(timeout: 300)
        var text = "digraph g {\n"
        for i in 0..<700 { for j in stride(from: i % 7, to: 700, by: 31) { text += "n\(i) -> n\(j);\n" } }
        text += "}\n"
        let slow = text
        let render = Task { try await pool.render(dot: slow, format: "svg", layout: "dot") }
        var busy: [Int32] = []
        for _ in 0..<1500 where busy.isEmpty {  // up to 30 s on a loaded machine
            try await Task.sleep(for: .milliseconds(20))
            busy = await pool.busyHelpers()
        }
        #expect(busy.count == 1)
        for pid in busy { kill(pid, SIGABRT) }
        do {
            _ = try await render.value
            Issue.record("the render survived its helper")
        } catch {
            #expect("\(error)".contains("the diagram renderer stopped (signal 6)"), "\(error)")
        }
        let svg = try await pool.render(dot: Self.dot, format: "svg", layout: "dot")
        #expect(!svg.isEmpty)
        #expect(await pool.failures == 1)
        await pool.shutDown()
    }

    @Test func helpersAreRecycledAfterTheirRenders() async throws {
        let pool = pool(rendersPerHelper: 3)
        for _ in 0..<10 { _ = try await pool.render(dot: Self.dot, format: "svg", layout: "dot") }
        #expect(await pool.started == 4)
        #expect(await pool.failures == 0)
        await pool.shutDown()
    }

    @Test func graphvizErrorsAreAnswersNotCrashes() async throws {
        let pool = pool()
        do {
            _ = try await pool.render(dot: "digraph { a -> ", format: "svg", layout: "dot")
            Issue.record("bad DOT rendered")
        } catch {
            #expect(error.description.contains("Graphviz could not read"))
        }
        #expect(await pool.failures == 0)
        await pool.shutDown()
    }

    @Test func aDiagramPageSaysWhenItsHelperCannotStart() async throws {
        let harness = try ExplorerHarness.sample()
        defer { harness.remove() }
        let broken = Explorer(
            archive: harness.explorer.archive, queries: harness.explorer.queries,
            settings: Explorer.Settings(
                token: harness.token,
                render: RenderPool.Settings(command: ["/nonexistent/kingraph", "render-worker"]), rateLimit: 0))
        let drawn: String
        do {
            _ = try await broken.diagrams.draw(
                try DiagramRequest(try QueryParameters("person=P-0001")), format: .svg, from: broken.archive.snapshot)
            drawn = "drawn"
        } catch {
            drawn = error.description
        }
        #expect(drawn.contains("render helper") || drawn.contains("renderer stopped"), "\(drawn)")
    }
}

@Suite struct ExplorerCacheTests {
    @Test func aDiagramIsDrawnOncePerArchiveVersionQuestionAndOptions() async throws {
        let harness = try ExplorerHarness(json: ExplorerReloadTests.archive(extra: "Ri Sun-hui"))
        defer { harness.remove() }
        let explorer = harness.explorer
        func draw(_ query: String) async throws -> DrawnDiagram {
            try await explorer.diagrams.draw(
                try DiagramRequest(try QueryParameters(query)), format: .svg, from: explorer.archive.snapshot)
        }
        let first = try await draw("question=neighbors&person=P-1")
        let again = try await draw("question=neighbors&person=P-1")
        #expect(first.bytes == again.bytes)
        #expect(await explorer.renderPool.renders == 1)
        _ = try await draw("question=neighbors&person=P-1&layout=neato")
        #expect(await explorer.renderPool.renders == 2)
        try Data(ExplorerReloadTests.archive(extra: "Ri Sun-ok").utf8).write(to: URL(fileURLWithPath: harness.path))
        #expect(explorer.archive.reloadIfChanged())
        let reloaded = try await draw("question=neighbors&person=P-1")
        #expect(await explorer.renderPool.renders == 3)
        #expect(reloaded.nodes == first.nodes)
        await explorer.renderPool.shutDown()
    }
}
