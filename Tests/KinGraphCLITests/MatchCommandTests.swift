import Foundation
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
        let scratch = try Scratch()
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
        let scratch = try Scratch()
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
