import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph match` on the sample archive, whose six second records (P-0210 …
/// P-0215, graphs/README.md) are known: proposing, the review file, applying it.
@Suite struct MatchCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/graphs/sample.json"
    static let known = [
        ("P-0045", "P-0210"), ("P-0054", "P-0211"), ("P-0079", "P-0212"), ("P-0082", "P-0213"),
        ("P-0138", "P-0214"), ("P-0144", "P-0215"),
    ]

    @Test func proposesTheSecondRecordsOfTheSample() throws {
        let out = try CLIRunner.run(["match", "--archive", Self.sample, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let found = Set(pairs.compactMap { p in (p["a"] as? String).flatMap { a in (p["b"] as? String).map { a + "=" + $0 } } })
        #expect(found == Set(Self.known.map { $0.0 + "=" + $0.1 }))
        #expect((object["records"] as? Int) == 215)
        // The text names every pair with its evidence, and is the same on every run.
        let text = try CLIRunner.run(["match", "--archive", Self.sample])
        #expect(text.stdout.contains("P-0054 Ri Hyang-sil  =  P-0211 리향실"))
        #expect(text.stdout.contains("6 pairs at probability ≥ 0.80, making 6 people of two or more records"))
        #expect(try CLIRunner.run(["match", "--archive", Self.sample]).stdout == text.stdout)
    }

    @Test func reviewThenApplyMergesAndRemembers() throws {
        let scratch = try ScratchFolder()
        let review = scratch.path + "/review.csv"
        let first = try CLIRunner.run(["match", "--archive", Self.sample, "--output", review])
        #expect(first.status == 0, "\(first.stderr)")
        // Refuses to replace the review file without --force.
        let again = try CLIRunner.run(["match", "--archive", Self.sample, "--output", review])
        #expect(again.status == 1 && again.stderr.contains("exists; pass --force"))
        var lines = try String(contentsOfFile: review, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 6 + 1)  // header, six pairs, the empty end
        // Mark the first five the same, the last one different.
        for k in 1...5 { lines[k] += "same" }
        lines[6] += "different"
        let differentPair = lines[6].components(separatedBy: ",")[3...5]
        try lines.joined(separator: "\r\n").write(toFile: review, atomically: true, encoding: .utf8)
        let merged = scratch.path + "/merged.json"
        let applied = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", review, "--to", merged])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("merged 5 records into 5 people"))
        // The 7 ties of the five second records each repeat a tie of the first record.
        #expect(applied.stdout.contains("7 ties became one with another (their sources joined)"))
        #expect(applied.stdout.contains("wrote \(merged): 70 sources, 210 people, 247 ties, 556 events, 444 links"))
        let info = try CLIRunner.run(["validate", "--archive", merged])
        #expect(info.status == 0 && info.stdout.contains("210 people"))
        // The sources of both records are kept on the merged person.
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: merged))) as? [String: Any]
        let people = try #require(data?["people"] as? [[String: Any]])
        let ri = try #require(people.first { $0["id"] as? String == "P-0054" })
        #expect((ri["sources"] as? [String])?.contains("T-024") == true)
        #expect(!people.contains { $0["id"] as? String == "P-0211" })
        // The pair marked different is remembered beside the new archive and not proposed again.
        let decisions = try String(contentsOfFile: scratch.path + "/merged.decisions.csv", encoding: .utf8)
        #expect(decisions == "a,b,decision\n\(differentPair.first ?? ""),\(differentPair.last ?? ""),different\n")
        let rematch = try CLIRunner.run(["match", "--archive", merged])
        #expect(rematch.stdout.contains("0 pairs at probability ≥ 0.80"))
        #expect(rematch.stdout.contains("1 marked different before, not proposed"))
        // The output exists now: refused without --force.
        let twice = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", review, "--to", merged])
        #expect(twice.status == 1 && twice.stderr.contains(merged))
    }

    @Test func aBadReviewFileChangesNothing() throws {
        let scratch = try ScratchFolder()
        let review = scratch.path + "/review.csv"
        try "a,b,decision\nP-0054,P-0211,same\nP-0079,P-9999,same\nP-0082,P-0213,yes\n"
            .write(toFile: review, atomically: true, encoding: .utf8)
        let merged = scratch.path + "/merged.json"
        let out = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", review, "--to", merged])
        #expect(out.status == 1)
        #expect(out.stderr.contains("review.csv:3: unknown person 'P-9999'"))
        #expect(out.stderr.contains("review.csv:4: unknown decision 'yes'; expected same, different or unsure"))
        #expect(!FileManager.default.fileExists(atPath: merged))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/merged.decisions.csv"))
        try "pair,a,b\n1,P-0054,P-0211\n".write(toFile: review, atomically: true, encoding: .utf8)
        let missing = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", review, "--to", merged])
        #expect(missing.status == 1 && missing.stderr.contains("review.csv:1: missing column decision"))
        #expect(!FileManager.default.fileExists(atPath: merged))
    }

    @Test func usageErrors() throws {
        let noTo = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", "r.csv"])
        #expect(noTo.status == 2 && noTo.stderr.contains("--apply needs --to"))
        let bad = try CLIRunner.run(["match", "--archive", Self.sample, "--threshold", "2"])
        #expect(bad.status == 2)
        let onto = try CLIRunner.run(["match", "--archive", Self.sample, "--apply", "r.csv", "--to", Self.sample])
        #expect(onto.status == 1)
    }
}

/// `kingraph match --apply` on a SQLite archive: in place, through the store's
/// merge changes (audit log, aliases), the pairs marked different in the database.
@Suite struct MatchStoreApplyTests {
    let scratch: ScratchFolder
    let work: String
    let review: String

    init() throws {
        scratch = try ScratchFolder()
        work = scratch.path + "/work.kgdb"
        review = scratch.path + "/review.csv"
        let made = try CLIRunner.run(["convert", "--archive", MatchCommandTests.sample, "--to", work])
        #expect(made.status == 0, "\(made.stderr)")
    }

    /// The archive's records as JSON objects, through `convert`.
    func exported(_ name: String) throws -> [String: [[String: Any]]] {
        let path = scratch.path + "/" + name
        let out = try CLIRunner.run(["convert", "--archive", work, "--to", path])
        #expect(out.status == 0, "\(out.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (object ?? [:]).compactMapValues { $0 as? [[String: Any]] }
    }

    @Test func mergesInPlaceThroughTheStoreAndRemembers() throws {
        let proposed = try CLIRunner.run(["match", "--archive", work, "--output", review])
        #expect(proposed.status == 0, "\(proposed.stderr)")
        var lines = try String(contentsOfFile: review, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 6 + 1)
        for k in 1...5 { lines[k] += "same" }
        lines[6] += "different"
        try lines.joined(separator: "\r\n").write(toFile: review, atomically: true, encoding: .utf8)
        // The second record of Ri Hyang-sil gets an event of its own, to see it move.
        let added = try CLIRunner.run(["add", "event", "--person", "P-0211", "--kind", "arrest", "--place", "Sinuiju", "--source", "T-024", "--archive", work])
        #expect(added.status == 0, "\(added.stderr)")
        let before = try exported("before.json")
        let movedEvents = (before["events"] ?? []).filter { $0["person"] as? String == "P-0211" }.compactMap { $0["id"] as? String }
        #expect(movedEvents.count == 1)

        let applied = try CLIRunner.run(
            ["match", "--archive", work, "--apply", review, "--by", "Lee Min-ji", "--reason", "review of the sample"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("merged 5 records into 5 people"))
        #expect(applied.stdout.contains("  P-0054 ← P-0211"))
        #expect(applied.stdout.contains("7 ties became one with another (their sources joined)"))
        #expect(applied.stdout.contains("1 pair marked different remembered in the archive (match_decisions)"))
        #expect(applied.stdout.contains("updated \(work) in place: 70 sources, 210 people, 247 ties, 557 events, 444 links"))
        let valid = try CLIRunner.run(["validate", "--archive", work])
        #expect(valid.status == 0 && valid.stdout.contains("210 people"), "\(valid.stdout)\(valid.stderr)")

        // Sources and names of both records kept, the dropped id an alias, its events moved.
        let after = try exported("after.json")
        let people = after["people"] ?? []
        let ri = try #require(people.first { $0["id"] as? String == "P-0054" })
        #expect(ri["sources"] as? [String] == ["T-036", "T-024"])
        #expect(ri["aliases"] as? [String] == ["Lee Hyang-sil", "P-0211"])
        #expect(!people.contains { $0["id"] as? String == "P-0211" })
        let events = after["events"] ?? []
        #expect(events.count == (before["events"] ?? []).count)
        for id in movedEvents { #expect(events.first { $0["id"] as? String == id }?["person"] as? String == "P-0054") }

        // Each merge is a change of the audit log, by the reviewer, with the reason.
        let history = try CLIRunner.run(["history", "P-0054", "--archive", work])
        #expect(history.stdout.contains("Lee Min-ji  merge P-0054 P-0211"), "\(history.stdout)")
        #expect(history.stdout.contains("reason: review of the sample"))
        let log = try CLIRunner.run(["log", "--by", "Lee Min-ji", "--archive", work])
        #expect(log.stdout.components(separatedBy: "\n").filter { $0.contains("  merge P-") }.count == 5, "\(log.stdout)")
        // The old id still finds the person.
        let old = try CLIRunner.run(["history", "P-0211", "--archive", work])
        #expect(old.status == 0 && old.stdout.contains("merge P-0054 P-0211"))

        // The pair marked different is not proposed again.
        let rematch = try CLIRunner.run(["match", "--archive", work])
        #expect(rematch.status == 0, "\(rematch.stderr)")
        #expect(rematch.stdout.contains("0 pairs at probability ≥ 0.80"))
        #expect(rematch.stdout.contains("1 marked different before, not proposed"))
    }

    @Test func aBadReviewFileChangesNothing() throws {
        let before = try exported("before.json")
        let logBefore = try CLIRunner.run(["log", "--archive", work]).stdout
        try "a,b,decision\nP-0054,P-0211,same\nP-0079,P-9999,same\nP-0082,P-0213,yes\n".write(toFile: review, atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["match", "--archive", work, "--apply", review])
        #expect(out.status == 1)
        #expect(out.stderr.contains("review.csv:3: unknown person 'P-9999'"))
        #expect(out.stderr.contains("review.csv:4: unknown decision 'yes'; expected same, different or unsure"))
        try "pair,a,b\n1,P-0054,P-0211\n".write(toFile: review, atomically: true, encoding: .utf8)
        let missing = try CLIRunner.run(["match", "--archive", work, "--apply", review])
        #expect(missing.status == 1 && missing.stderr.contains("review.csv:1: missing column decision"))
        let after = try exported("after.json")
        #expect(NSDictionary(dictionary: after).isEqual(to: before))
        #expect(try CLIRunner.run(["log", "--archive", work]).stdout == logBefore)
        #expect(try CLIRunner.run(["match", "--archive", work]).stdout.contains("6 pairs at probability ≥ 0.80"))
    }

    @Test func usageErrors() throws {
        let to = try CLIRunner.run(["match", "--archive", work, "--apply", review, "--to", scratch.path + "/m.json"])
        #expect(to.status == 2 && to.stderr.contains("merged in place"))
        let by = try CLIRunner.run(["match", "--archive", MatchCommandTests.sample, "--by", "x"])
        #expect(by.status == 2 && by.stderr.contains("for --apply on a SQLite archive"))
    }
}
