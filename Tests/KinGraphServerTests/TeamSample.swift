import Foundation
import KinGraphTestSupport
import Testing

/// The sample archive in a fresh database of the test server, with a viewer and an
/// analyst made by `kingraph users add` (password: their name + `-pw`) and an
/// outsider: a login role with no KinGraph role.
struct TeamSample: Sendable {
    let database: String
    let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(8)
    var viewer: String { "kg_viewer_\(suffix)" }
    var analyst: String { "kg_analyst_\(suffix)" }
    var outsider: String { "kg_outsider_\(suffix)" }

    static let sample = ExplorerHarness.root + "/graphs/sample.json"

    init() throws {
        database = "kg_serve_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try psql("CREATE DATABASE \(database)", in: "postgres")
        let converted = try CLIRunner.run(["convert", "--archive", Self.sample, "--to", url()])
        #expect(converted.status == 0, "\(converted.stderr)")
        for (name, role) in [(viewer, "viewer"), (analyst, "analyst")] {
            let added = try CLIRunner.run(
                ["users", "add", name, "--role", role, "--archive", url()], environment: ["KINGRAPH_NEW_PASSWORD": "\(name)-pw"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        try psql("CREATE ROLE \(outsider) LOGIN PASSWORD '\(outsider)-pw'", in: database)
    }

    /// The test server's URL with this database (as its superuser).
    func url(_ name: String? = nil) -> String {
        let admin = ProcessInfo.processInfo.environment["KINGRAPH_TEST_POSTGRES"] ?? ""
        return String(admin[..<(admin.lastIndex(of: "/") ?? admin.endIndex)]) + "/" + (name ?? database)
    }

    /// Runs `sql` with psql as the superuser in database `name`.
    func psql(_ sql: String, in name: String) throws {
        let run = try ChildProcess.run("/usr/bin/env", ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url(name), "-c", sql])
        #expect(run.status == 0, "\(sql): \(run.stderr)")
    }

    /// The protected people's names, hangul, aliases, birth dates and homes, less any
    /// text an unprotected person or any event or source also holds.
    static func secrets() throws -> Set<String> {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sample))) as? [String: Any]
        let people = json?["people"] as? [[String: Any]] ?? []
        func texts(_ person: [String: Any]) -> [String] {
            ["name", "hangul", "born", "home"].compactMap { person[$0] as? String } + (person["aliases"] as? [String] ?? [])
        }
        let open = people.filter { $0["protected"] as? Bool != true }.flatMap(texts)
        let others = ["events", "sources"].flatMap { json?[$0] as? [[String: Any]] ?? [] }
            .flatMap { $0.values.compactMap { $0 as? String } }
        let hidden = people.filter { $0["protected"] as? Bool == true }.flatMap(texts)
        return Set(hidden.filter { text in !(open + others).contains { $0.contains(text) } })
    }
}
