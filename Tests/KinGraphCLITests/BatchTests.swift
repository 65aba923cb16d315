import Foundation
import KinGraphTestSupport
import Testing

/// `kingraph batch`: one load, one JSON answer per line, bad lines reported in place.
@Suite struct BatchTests {
    let hyesan = CLIRunner.fixtures + "/hyesan.json"
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/graphs/sample.json"

    /// Runs `kingraph batch arguments…` with `input` on standard input.
    func batch(_ input: String, _ arguments: [String] = [], archive: String) throws -> CLIRunner.Output {
        try CLIRunner.run(["batch", "--archive", archive] + arguments, input: input)
    }

    func objects(_ output: String) throws -> [NSDictionary] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
        }
    }

    @Test("each line's answer is what the command prints with --json, in order, one per line")
    func answersMatchTheCommands() throws {
        let queries = [
            "because-of P-01", "implicated P-01 --depth 2", "path P-09 P-05", "neighbors P-07 --depth 3 --family-only",
            "stats", "timeline P-01", #"find "Kim Chul Soo""#, "because-of P-01 --min-confidence confirmed",
        ]
        let result = try batch(queries.joined(separator: "\n") + "\n", archive: hyesan)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == queries.count)
        let answers = try objects(result.stdout)
        for (query, answer) in zip(queries, answers) {
            var words = query.split(separator: " ").map(String.init)
            if query.hasPrefix("find") { words = ["find", "Kim Chul Soo"] }
            let alone = try CLIRunner.run(words + ["--json"], archive: hyesan)
            let expected = try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? NSDictionary
            #expect(answer == expected, "batch and '\(query) --json' differ")
        }
        #expect(answers[2]["path"] as? [String] == ["P-09", "P-08", "P-03", "P-01", "P-04", "P-05"])
    }

    @Test("a bad line gets its error and line number, the batch goes on, the status says so")
    func badLinesAreReportedInPlace() throws {
        let input = """
            path P-09 P-05

            # a comment, skipped
            becuse-of P-01
            neighbors P-07 --dept 2
            because-of P-99
            path "Kim Chol-su P-05
            neighbors P-07 --depth 0
            neighbors P-07 --archive other.json
            stats
            """
        let result = try batch(input + "\n", archive: hyesan)
        #expect(result.status == 1)
        #expect(result.stderr.contains("6 of 10 lines could not be answered"))
        let answers = try objects(result.stdout)
        #expect(answers.count == 8)
        #expect(answers.first?["query"] as? String == "path" && answers.last?["query"] as? String == "stats")
        let errors = answers.dropFirst().dropLast()
        #expect(errors.map { $0["line"] as? Int } == [4, 5, 6, 7, 8, 9])
        let messages = errors.compactMap { $0["error"] as? String }
        #expect(messages[0].contains("'becuse-of' is not a query") && messages[0].contains("did you mean 'because-of'"))
        #expect(messages[1] == "Unknown option '--dept'. Did you mean '--depth'?")
        #expect(messages[2].contains("P-99"))
        #expect(messages[3].contains("quote is never closed"))
        #expect(messages[4].contains("--depth must be 1 or more"))
        #expect(messages[5].contains("cannot name an archive"))
    }

    @Test("--redact answers with pseudonyms: no protected person's name or id appears")
    func redactHidesProtectedPeople() throws {
        // In the sample, P-0003 (Choe Un-sil) is protected and the parent of P-0001.
        let plain = try batch("neighbors P-0001\n", archive: Self.sample)
        #expect(plain.stdout.contains("Choe Un-sil") && plain.stdout.contains("\"P-0003\""))
        let redacted = try batch("neighbors P-0001\nfind \"Choe Un-sil\"\n", ["--redact"], archive: Self.sample)
        let answers = try objects(redacted.stdout)
        #expect(answers.count == 2)
        let neighbors = try #require(answers[0]["results"] as? [NSDictionary])
        #expect(neighbors.contains { ($0["person"] as? String)?.hasPrefix("protected-") == true })
        #expect(!neighbors.contains { $0["name"] as? String == "Choe Un-sil" || $0["person"] as? String == "P-0003" })
        #expect(neighbors.contains { ($0["name"] as? String)?.hasPrefix("Protected person ") == true })
        // Her name is no longer in the archive the batch answers from: find matches no one.
        #expect((answers[1]["results"] as? [Any])?.isEmpty == true)
    }
}
