import Foundation
import KinGraphTestSupport
import Testing

/// The commands on a PostgreSQL archive (the server `scripts/with-postgres.sh`
/// started, `KINGRAPH_TEST_POSTGRES`): the same output as on the other forms, and a
/// one-line message with exit 1 for each way of not getting at the archive.
@Suite(.serialized) struct PostgresCommandTests {
    let admin: String
    let scratch: ScratchFolder

    init() throws {
        admin = ProcessInfo.processInfo.environment["KINGRAPH_TEST_POSTGRES"] ?? ""
        scratch = try ScratchFolder()
        #expect(!admin.isEmpty, "KINGRAPH_TEST_POSTGRES is not set: run the tests through scripts/with-postgres.sh (make test)")
    }

    /// Runs `sql` with psql as the superuser.
    func psql(_ sql: String, database: String = "postgres") throws {
        let result = try ChildProcess.run("/usr/bin/env", ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url(database), "-c", sql])
        #expect(result.status == 0, "psql failed: \(sql): \(result.stderr)")
    }

    /// The server's URL with `database` (and `user`).
    func url(_ database: String, user: String? = nil) -> String {
        var text = String(admin[..<(admin.lastIndex(of: "/") ?? admin.endIndex)]) + "/" + database
        if let user, let at = text.firstIndex(of: "@"), let scheme = text.range(of: "://") {
            text = String(text[..<scheme.upperBound]) + user + String(text[at...])
        }
        return text
    }

    func newDatabase() throws -> String {
        let name = "kg_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try psql("CREATE DATABASE \(name)")
        return String(name)
    }

    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("graphs/sample.json").path

    @Test func convertThroughPostgresLosesNothing() throws {
        let team = url(try newDatabase())
        let into = try CLIRunner.run(["convert", "--archive", Self.sample, "--to", team])
        #expect(into.status == 0 && into.stdout.contains("(PostgreSQL)"), "\(into.stderr)")
        let back = try CLIRunner.run(["convert", "--archive", team, "--to", scratch.path + "/back.json"])
        let direct = try CLIRunner.run(["convert", "--archive", Self.sample, "--to", scratch.path + "/direct.json"])
        #expect(back.status == 0 && direct.status == 0, "\(back.stderr)")
        let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/back.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/direct.json"))
        #expect(a == b)
        for command in [["stats"], ["because-of", "P-0001"], ["validate"]] {
            let onTeam = try CLIRunner.run(command + ["--archive", team])
            let onFile = try CLIRunner.run(command + ["--archive", Self.sample])
            #expect(onTeam.status == 0, "\(onTeam.stderr)")
            if command != ["validate"] { #expect(onTeam.stdout == onFile.stdout) }
        }
        let sqlite = try CLIRunner.run(["convert", "--archive", team, "--to", scratch.path + "/work.kgdb"])
        #expect(sqlite.status == 0)
    }

    @Test func editsAreLoggedUnderThePostgresRole() throws {
        let team = url(try newDatabase())
        #expect(try CLIRunner.run(["convert", "--archive", Self.sample, "--to", team]).status == 0)
        let edit = try CLIRunner.run(
            ["edit", "P-0001", "--archive", team, "--set", "status=detained", "--source", "T-001", "--reason", "second testimony"], by: "someone-else")
        #expect(edit.status == 0, "\(edit.stderr)")
        let history = try CLIRunner.run(["history", "P-0001", "--archive", team])
        #expect(history.status == 0 && history.stdout.contains("postgres") && history.stdout.contains("second testimony"), "\(history.stdout)")
        #expect(!history.stdout.contains("someone-else"))
        let refused = try CLIRunner.run(["edit", "P-9999", "--archive", team, "--set", "status=detained", "--source", "T-001"])
        #expect(refused.status == 1 && refused.stderr.contains("P-9999"))
    }

    @Test func eachWayOfNotReachingTheArchiveIsOneLineAndExitOne() throws {
        let empty = try newDatabase()
        let team = try newDatabase()
        #expect(try CLIRunner.run(["convert", "--archive", Self.sample, "--to", url(team)]).status == 0)
        try psql("CREATE ROLE kg_cli_norights LOGIN PASSWORD 'norights-pw'")
        let cases: [(arguments: [String], environment: [String: String], words: String)] = [
            (["stats", "--archive", "postgres://127.0.0.1/\(team)"], [:], "no user"),
            (["stats", "--archive", "postgres://kim:secret@127.0.0.1/\(team)"], [:], "password in the URL is refused"),
            (["stats", "--archive", "postgres://postgres@127.0.0.1:1/\(team)"], [:], "cannot reach the PostgreSQL server"),
            (["stats", "--archive", url(team)], ["PGPASSWORD": "wrong"], "refused the password"),
            (["stats", "--archive", url("kg_cli_nosuchdb")], [:], "no database 'kg_cli_nosuchdb'"),
            (["stats", "--archive", url(empty)], [:], "holds no KinGraph archive"),
            (["stats", "--archive", url(team, user: "kg_cli_norights")], ["PGPASSWORD": "norights-pw"], "has no right"),
            (["edit", "P-0001", "--set", "status=detained", "--source", "T-001", "--archive", url(empty)], [:], "holds no KinGraph archive"),
        ]
        for (arguments, environment, words) in cases {
            let output = try CLIRunner.run(arguments, environment: environment)
            let lines = output.stderr.split(separator: "\n")
            #expect(output.status == 1 && lines.count == 1 && output.stderr.contains(words), "\(arguments): \(output.stderr)")
            #expect(!output.stderr.contains("secret"))
        }
    }
}
