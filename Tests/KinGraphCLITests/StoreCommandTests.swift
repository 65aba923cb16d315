import Foundation
import GRDB
import KinGraphStore
import KinGraphTestSupport
import Testing

/// The store's commands through the binary: what they print, their exit status, and
/// a clear message naming the file for every kind of bad database.
@Suite struct StoreCommandTests {
    let scratch: ScratchFolder
    let archive: String

    init() throws {
        scratch = try ScratchFolder()
        archive = scratch.path + "/work.kgdb"
    }

    func run(_ arguments: [String], by: String = "Lee Min-ji") throws -> CLIRunner.Output {
        try CLIRunner.run(arguments + ["--archive", archive], in: scratch.path, by: by)
    }

    @Test func initAddEditHistoryAndLog() throws {
        let made = try run(["init", "--title", "Hyesan cases"])
        #expect(made.status == 0 && made.stdout == "made \(archive) (SQLite): an empty archive titled 'Hyesan cases'\n")
        #expect(try run(["add", "source", "--id", "T-014", "--kind", "testimony", "--title", "Interview, Seoul"]).stdout == "added source T-014 (change 2)\n")
        let person = try run(["add", "person", "--name", "Ri Song-hui", "--born", "1979", "--source", "T-014"])
        #expect(person.stdout == "added person P-0001 (change 3)\n")
        let edited = try run(["edit", "P-0001", "--set", "status=detained", "--source", "T-014", "--reason", "seen in Chongori"], by: "Pak")
        #expect(edited.status == 0 && edited.stdout == "edited P-0001 (change 4)\n")
        let history = try run(["history", "P-0001"])
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("#3  ") && lines[0].hasSuffix("  Lee Min-ji  add person --born 1979 --name 'Ri Song-hui'"))
        #expect(lines[2] == "    added person born=1979, id=P-0001, name=Ri Song-hui, sources=T-014")
        #expect(lines[3].hasSuffix("  Pak  edit P-0001 --set status=detained"))
        #expect(lines[4] == "    source T-014; reason: seen in Chongori")
        #expect(lines[5] == "    status: (none) → detained")
        let log = try run(["log", "--by", "Pak"])
        #expect(log.stdout.hasSuffix("  Pak  edit P-0001 --set status=detained  [source T-014]  — seen in Chongori\n"))
        let json = try run(["history", "P-0001", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 2)
        #expect((entries[1]["after"] as? [String: Any])?["status"] as? String == "detained")
        #expect((entries[1]["before"] as? [String: Any])?["status"] == nil)
        let valid = try run(["validate"])
        #expect(valid.status == 0 && valid.stdout == "\(archive): valid SQLite archive: 1 source, 1 person, 0 ties, 0 events, 0 links\n")
        // Queries read it like any archive.
        #expect(try run(["info"]).stdout.contains("(SQLite)"))
    }

    @Test func convertGoesThroughSQLiteInEveryDirectionByteForByte() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/graphs/sample.json"
        let steps = [
            (sample, archive), (archive, scratch.path + "/csv"), (scratch.path + "/csv", scratch.path + "/two.sqlite"),
            (scratch.path + "/two.sqlite", scratch.path + "/back.json"),
        ]
        for (from, to) in steps {
            let output = try CLIRunner.run(["convert", "--archive", from, "--to", to])
            #expect(output.status == 0, "\(output.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/back.json")) == Data(contentsOf: URL(fileURLWithPath: sample)))
        let onto = try CLIRunner.run(["convert", "--archive", archive, "--to", archive])
        #expect(onto.status == 1 && onto.stderr.contains("onto its input"))
        let exists = try CLIRunner.run(["convert", "--archive", sample, "--to", archive])
        #expect(exists.status == 1 && exists.stderr.contains("exists already; pass --force"))
        // A merged id still names the person in queries.
        #expect(try run(["merge", "P-0001", "P-0002", "--source", "T-001"]).status == 0)
        let answer = try run(["because-of", "P-0002"])
        #expect(answer.status == 0 && answer.stdout.hasPrefix("Punished because of Pak Yong-myong (P-0001)"))
    }

    @Test func refusalsExitOneWithTheValidatorsMessage() throws {
        #expect(try CLIRunner.run(["convert", "--archive", CLIRunner.fixtures + "/small.json", "--to", archive]).status == 0)
        let refused = try run(["add", "tie", "--from", "P-1", "--to", "P-404", "--kind", "sibling", "--source", "T-001"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: add tie --from P-1 --kind sibling --to P-404 refused, nothing written: work.kgdb:ties[P-1/sibling/P-404].to: unknown person 'P-404' in to\n")
        let referred = try run(["remove", "P-1"])
        #expect(referred.status == 1 && referred.stderr.contains("refer to P-1:") && referred.stderr.contains("--cascade"))
        let unsourced = try run(["edit", "P-1", "--set", "home=Seoul"])
        #expect(unsourced.status == 1 && unsourced.stderr.contains("--source"))
        let usage = try run(["edit", "P-1"])
        #expect(usage.status == 2)
        let json = try CLIRunner.run(["edit", "P-1", "--set", "home=x", "--source", "T-001", "--archive", CLIRunner.fixtures + "/small.json"])
        #expect(json.status == 1 && json.stderr.contains("is not a SQLite archive: only a SQLite archive records changes"))
    }

    @Test func badDatabasesGetAMessageNamingTheFile() throws {
        #expect(try CLIRunner.run(["convert", "--archive", CLIRunner.fixtures + "/hyesan.json", "--to", archive]).status == 0)
        let notSQLite = try scratch.write("notes.kgdb", "these are my notes, not a database\n")
        let truncated = scratch.path + "/truncated.kgdb"
        let whole = try Data(contentsOf: URL(fileURLWithPath: archive))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: truncated))
        let other = scratch.path + "/other.db"
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Arirang')") }
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))
        for (path, words) in [
            (notSQLite, "it is not a SQLite database"),
            (truncated, "the database is damaged or truncated"),
            (other, "it is a SQLite database of another program"),
        ] {
            for command in [["info"], ["validate"], ["history", "P-1"], ["edit", "P-1", "--set", "home=x", "--no-source", "--reason", "r"]] {
                let output = try CLIRunner.run(command + ["--archive", path])
                #expect(output.status == 1, "\(command) \(path): \(output.stderr)")
                #expect(output.stderr.contains("'\(path)'") && output.stderr.contains(words), "\(command): \(output.stderr)")
                #expect(!output.stderr.contains("Fatal error") && !output.stderr.contains("backtrace"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBytes, "another program's database was changed")
    }

    @Test func aLockedDatabaseMakesAWriterWaitThenFail() throws {
        #expect(try CLIRunner.run(["convert", "--archive", CLIRunner.fixtures + "/small.json", "--to", archive]).status == 0)
        let holder = try DatabaseQueue(path: archive)
        let started = DispatchSemaphore(value: 0), finish = DispatchSemaphore(value: 0)
        Thread {
            try? holder.inTransaction(.exclusive) { _ in
                started.signal()
                finish.wait()
                return .rollback
            }
            started.signal()
        }.start()
        started.wait()
        let output = try CLIRunner.run(
            ["edit", "P-1", "--set", "home=x", "--source", "T-001", "--archive", archive], environment: ["KINGRAPH_BUSY_TIMEOUT": "0.5"])
        finish.signal()
        #expect(output.status == 1)
        #expect(output.stderr.contains("'\(archive)' is locked: another kingraph is writing to it and did not finish within 0.5 s; nothing was written"))
        let after = try CLIRunner.run(["edit", "P-1", "--set", "home=x", "--source", "T-001", "--archive", archive])
        #expect(after.status == 0, "\(after.stderr)")
    }

    @Test func validateCatchesATamperedLog() throws {
        #expect(try CLIRunner.run(["convert", "--archive", CLIRunner.fixtures + "/small.json", "--to", archive]).status == 0)
        #expect(try run(["edit", "P-1", "--set", "home=Hyesan", "--source", "T-001"]).status == 0)
        #expect(try run(["edit", "P-2", "--set", "home=Musan", "--source", "T-001"]).status == 0)
        try DatabaseQueue(path: archive).write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2")
        }
        let output = try run(["validate"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("work.kgdb:audit (entry 3): the audit log was changed outside KinGraph: entry 2 is missing (deleted)"))
    }
}
