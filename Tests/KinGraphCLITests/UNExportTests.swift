import Foundation
import KinGraphTestSupport
import Testing

/// `export --format wgeid` and `--format capture-history`, read back: the capture
/// history against a fixture counted by hand and by R (Debian's r-base-core), which
/// checks the table is what LCMCR and dga take and computes a two-list
/// Lincoln–Petersen estimate; the WGEID cases against the sample's JSON.
@Suite(.serialized) struct UNExportTests {
    static let sample = ReportCommandTests.sample
    static let fixture = CLIRunner.fixtures + "/capture.json"

    /// Runs `Rscript -e script args…`; its standard output.
    static func r(_ script: String, _ arguments: [String]) throws -> String {
        let result = try ChildProcess.run("/usr/bin/Rscript", ["--vanilla", "-e", script] + arguments)
        #expect(result.status == 0, "R failed: \(result.stderr)")
        return result.stdout
    }

    /// R reads the table as LCMCR (a data frame of 0/1 factors, one per list) and dga
    /// (capture patterns counted per stratum) take it, checks it, and prints: rows,
    /// lists, n1, n2, m and n1·n2/m for the first two lists, and the number of
    /// distinct capture patterns.
    static let check = """
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], check.names = FALSE, stringsAsFactors = FALSE)
        lists <- setdiff(names(d), c("person", "era", "place"))
        stopifnot(length(lists) >= 2, names(d)[1] == "person", all(c("era", "place") %in% names(d)))
        stopifnot(all(unlist(d[lists]) %in% c(0, 1)), all(rowSums(d[lists]) > 0), !any(duplicated(d$person)))
        captures <- as.data.frame(lapply(d[lists], factor, levels = c(0, 1)))
        stopifnot(all(sapply(captures, nlevels) == 2), ncol(captures) == length(lists))
        patterns <- table(do.call(paste0, d[lists]), d$era)
        n1 <- sum(d[[lists[1]]]); n2 <- sum(d[[lists[2]]]); m <- sum(d[[lists[1]]] & d[[lists[2]]])
        cat(nrow(d), length(lists), n1, n2, m, format(n1 * n2 / m, nsmall = 2), nrow(patterns), "\\n")
        """

    @Test func theCaptureHistoryOfTheFixtureIsTheOneCountedByHand() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/mse.csv"
        let result = try CLIRunner.run(["export", "--format", "capture-history", "--output", out, "--reveal-protected", "--archive", Self.fixture])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        #expect(csv == """
            person,testimony,report,document,era,place\r
            A,1,0,0,before-2011-12-17,KP\r
            B,1,1,0,after-2011-12-17,abroad\r
            C,0,1,1,uncertain,KP\r
            D,1,1,0,uncertain,unknown\r

            """)
        // testimony documents A, B, D; report B, C, D; both B, D: N = 3 × 3 / 2; the
        // patterns 100, 110 (twice) and 011.
        #expect(try Self.r(Self.check, [out]).trimmingCharacters(in: .whitespacesAndNewlines) == "4 3 3 3 2 4.50 3")
        let bySource = scratch.path + "/by-source.csv"
        _ = try CLIRunner.run(["export", "--format", "capture-history", "--lists", "source", "--output", bySource, "--archive", Self.fixture])
        let lines = try String(contentsOfFile: bySource, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "person,src_T_1,src_T_2,src_R_1,src_D_1,era,place")
        #expect(lines.count == 5)
        #expect(!lines.contains { $0.hasPrefix("C,") }, "the protected person is not shown by pseudonym")
    }

    @Test func theSampleCaptureHistoryCountsAsTheArchiveDoes() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/mse.csv"
        #expect(try CLIRunner.run(["export", "--format", "capture-history", "--output", out, "--archive", Self.sample]).status == 0)
        // The same counts straight from the JSON: punished people and the kinds of the
        // sources on their record and punitive events.
        let top = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.sample))) as? [String: Any]
        let kinds = Dictionary(((top?["sources"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0["kind"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        var documented: [String: Set<String>] = [:]
        for event in (top?["events"] as? [[String: Any]]) ?? [] where ReportCommandTests.punitive.contains(event["kind"] as? String ?? "") {
            let person = event["person"] as? String ?? ""
            documented[person, default: []].formUnion(((event["sources"] as? [String]) ?? []).compactMap { kinds[$0] })
        }
        for person in (top?["people"] as? [[String: Any]]) ?? [] {
            guard let id = person["id"] as? String, documented[id] != nil else { continue }
            documented[id]?.formUnion(((person["sources"] as? [String]) ?? []).compactMap { kinds[$0] })
        }
        let n1 = documented.values.filter { $0.contains("testimony") }.count
        let n2 = documented.values.filter { $0.contains("report") }.count
        let m = documented.values.filter { $0.contains("testimony") && $0.contains("report") }.count
        let fields = try Self.r(Self.check, [out]).split(separator: " ").map(String.init)
        #expect(fields.prefix(5) == ["\(documented.count)", "4", "\(n1)", "\(n2)", "\(m)"])
        let estimate = Double(n1 * n2) / Double(m)
        #expect(abs((Double(fields[5]) ?? 0) - estimate) < 0.01, "R's Lincoln–Petersen \(fields[5]), expected \(estimate)")
        #expect(estimate >= Double(max(n1, n2)), "the estimate is below the people documented")
    }

    @Test func theWGEIDCasesAreTheDisappearedWithTheirMissingFields() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path + "/wgeid"
        let result = try CLIRunner.run(["export", "--format", "wgeid", "--output", folder, "--archive", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        let top = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.sample))) as? [String: Any]
        let disappearedEvents = Set(((top?["events"] as? [[String: Any]]) ?? []).filter { $0["kind"] as? String == "disappearance" }.compactMap { $0["person"] as? String })
        let people = (top?["people"] as? [[String: Any]]) ?? []
        let expected = people.filter { ($0["status"] as? String) == "disappeared" || disappearedEvents.contains($0["id"] as? String ?? "") }
        let csv = try String(contentsOfFile: folder + "/cases.csv", encoding: .utf8)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == expected.count + 1)
        let header = rows.first.map(String.init) ?? ""
        for field in ["Family name", "First name", "Date of arrest or abduction", "Place of arrest or abduction", "Forces believed to be responsible",
                      "Action taken by relatives or others to locate the person", "Identity of the person or organization submitting the report", "Missing"] {
            #expect(header.contains(field), "no column '\(field)'")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/cases")
        #expect(files.count == expected.count)
        let text = try String(contentsOfFile: folder + "/cases/P-0002.txt", encoding: .utf8)
        for line in ["  Family name: Pak", "  First name: Chol-song", "  Date of arrest or abduction: 2013-10-05",
                     "  Forces believed to be responsible: Ministry of State Security (MSS, bowibu)", "  Birth date: MISSING",
                     "  - Action taken by relatives or others to locate the person (minimum element)",
                     "  1. 2013-09-14: Pak Yong-myong escaped the country"] {
            #expect(text.contains(line), "P-0002.txt lacks '\(line)'")
        }
        #expect(files.filter { $0.hasPrefix("protected-") }.count == expected.filter { $0["protected"] as? Bool == true }.count)
        let again = try CLIRunner.run(["export", "--format", "wgeid", "--output", folder, "--archive", Self.sample])
        #expect(again.status == 1 && again.stderr.contains("--force"))
        let submitted = try CLIRunner.run(["export", "--format", "wgeid", "--output", folder, "--force", "--submitter", "Fictional NGO, Seoul", "--archive", Self.sample])
        #expect(submitted.status == 0)
        let filled = try String(contentsOfFile: folder + "/cases/P-0002.txt", encoding: .utf8)
        #expect(filled.contains("report: Fictional NGO, Seoul") && !filled.contains("submitting the report (minimum element)"))
    }

    @Test func aProtectedPersonsCaseKeepsTheirPseudonymAndListsTheirIdentityAsMissing() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path + "/wgeid"
        #expect(try CLIRunner.run(["export", "--format", "wgeid", "--output", folder, "--archive", Self.fixture]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/cases").sorted()
        #expect(files.count == 2 && files.contains("B.txt"))
        let protected = try #require(files.first { $0.hasPrefix("protected-") })
        let text = try String(contentsOfFile: folder + "/cases/" + protected, encoding: .utf8)
        #expect(text.contains("  Family name: MISSING") && text.contains("  - Family name (minimum element)"))
        #expect(text.contains("  Date of arrest or abduction: MISSING"), "the disappearance is undated")
        for secret in ["Pak", "Dok-hui", "박덕희", "1961", "KinGraph person D,"] { #expect(!text.contains(secret)) }
        let csv = try String(contentsOfFile: folder + "/cases.csv", encoding: .utf8)
        #expect(!csv.contains("Dok-hui") && !csv.contains("박덕희"))
        let revealed = scratch.path + "/revealed"
        #expect(try CLIRunner.run(["export", "--format", "wgeid", "--output", revealed, "--reveal-protected", "--archive", Self.fixture]).status == 0)
        let named = try String(contentsOfFile: revealed + "/cases/D.txt", encoding: .utf8)
        #expect(named.contains("  Family name: Pak") && named.contains("  Other names: 박덕희") && named.contains("  Birth date: 1961"))
    }

    @Test func wrongOptionsAreUsageErrors() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/x.csv"
        for arguments in [["--lists", "people"], ["--lists", "source", "--format", "gexf"], ["--submitter", "x"], ["--focus", "P-0001"]] {
            var full = ["export", "--output", out, "--archive", Self.sample] + arguments
            if !arguments.contains("--format") { full += ["--format", "capture-history"] }
            #expect(try CLIRunner.run(full).status == 2, "\(arguments)")
        }
        let organisation = try CLIRunner.run(["export", "--format", "capture-history", "--lists", "organisation", "--output", out, "--archive", Self.sample])
        #expect(organisation.status == 1 && organisation.stderr.contains("organisation"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
