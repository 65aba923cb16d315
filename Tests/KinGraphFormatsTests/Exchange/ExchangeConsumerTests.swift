import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// The exports as their real consumers read them: networkx and followthemoney,
/// installed by `make venv` into `.venv` (git-ignored). Under `make test` the venv
/// always exists; a bare `swift test` without it skips these, except on CI, where
/// a missing venv fails.
@Suite("Exports read by networkx and followthemoney", .enabled(if: Consumers.available))
struct ConsumerTests {
    static let python = Consumers.python
    static let script = Consumers.script

    /// Writes the three exports of `archive`, runs the checker, returns its exit status and output.
    func check(_ archive: Archive) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kingraph-consumers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("a.graphml")
        let gexf = folder.appendingPathComponent("a.gexf")
        let ftm = folder.appendingPathComponent("a.ftm.json")
        try Data(GraphMLExporter().export(archive).utf8).write(to: graphml)
        try Data(GEXFExporter().export(archive).utf8).write(to: gexf)
        try Data(FtMExporter().export(archive).utf8).write(to: ftm)
        let counts = ExchangeFixtures.graphCounts(archive)
        let result = try ChildProcess.run(
            Self.python.path,
            [
                Self.script.path, "--graphml", graphml.path, "--gexf", gexf.path, "--ftm", ftm.path,
                "--nodes", String(counts.nodes), "--edges", String(counts.edges),
            ])
        return (result.status, result.stdout + result.stderr)
    }

    @Test("the test archive: networkx counts every node and edge, followthemoney finds zero errors")
    func testArchive() throws {
        let (status, output) = try check(ExchangeFixtures.archive)
        #expect(status == 0, "\(output)")
        #expect(output.contains("graphml: networkx read 8 nodes, 12 edges"), "\(output)")
        #expect(output.contains("gexf: networkx read 8 nodes, 12 edges"), "\(output)")
        #expect(output.contains("0 errors"), "\(output)")
    }

    @Test("every GEDCOM fixture, imported then exported, passes the consumers",
          arguments: ["gramps.ged", "rootsmagic.ged", "ftm-ansel.ged", "legacy-ansi.ged", "ancestry.ged", "gedcom7.ged"])
    func gedcomFixtures(name: String) throws {
        let archive = try GEDCOMImporter().read(ExchangeFixtures.data(name), fileName: name).archive
        let (status, output) = try check(archive)
        #expect(status == 0, "\(output)")
    }

    @Test("the checker itself fails on a wrong count (it can fail)")
    func checkerCanFail() throws {
        var archive = ExchangeFixtures.archive
        archive.people.append(Person(id: "P-9", name: "Extra", sources: ["T-001"]))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kingraph-consumers-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(GraphMLExporter().export(archive).utf8).write(to: folder)
        let result = try ChildProcess.run(Self.python.path, [Self.script.path, "--graphml", folder.path, "--nodes", "8", "--edges", "12"])
        #expect(result.status == 1)
    }
}

/// Where the consumers' checker and its Python live.
enum Consumers {
    static let python = ExchangeFixtures.root.appendingPathComponent(".venv/bin/python")
    static let script = ExchangeFixtures.root.appendingPathComponent("scripts/check_exchange.py")
    /// `true` when the venv exists, and always on CI (where a missing venv must fail).
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: python.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }
}
