import Foundation
import KinGraphTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `kingraph report` on the sample archive, read back as a reader's tools read it:
/// the PDF through poppler's `pdftotext`, `pdfinfo` and `pdffonts`, the HTML through
/// an XML parser. Expected people come from the archive's JSON, not from KinGraph.
@Suite(.serialized) struct ReportCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/graphs/sample.json"

    final class Outputs: @unchecked Sendable {
        let scratch: ScratchFolder
        /// Made by scope ("person", "case", "all") and extension.
        var files: [String: String] = [:]

        init() throws {
            scratch = try ScratchFolder()
            for (scope, arguments) in [("person", ["--person", "P-0001"]), ("case", ["--case", "C-001"]), ("all", ["--all"])] {
                for ext in ["html", "pdf"] {
                    let file = "\(scratch.path)/\(scope).\(ext)"
                    let result = try CLIRunner.run(
                        ["report"] + arguments + ["--output", file, "--date", "2026-12-02", "--archive", ReportCommandTests.sample])
                    #expect(result.status == 0, "report \(arguments) .\(ext): \(result.stderr)")
                    files["\(scope).\(ext)"] = file
                }
            }
        }
    }

    static let outputs = Result { try Outputs() }

    /// The sample's records, read with Foundation's JSON parser.
    static func records(_ key: String) throws -> [[String: Any]] {
        let top = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sample))) as? [String: Any]
        return top?[key] as? [[String: Any]] ?? []
    }

    static let punitive: Set<String> = [
        "arrest", "detention", "interrogation", "repatriation", "sentence", "imprisonment", "forced-relocation",
        "disappearance", "execution", "death-in-custody",
    ]

    /// Runs a poppler tool; its standard output.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try ChildProcess.run("/usr/bin/" + tool, arguments)
        #expect(result.status == 0, "\(tool) \(arguments) failed: \(result.stderr)")
        return result.stdout
    }

    /// The PDF's text with every run of white space made one space.
    static func text(_ pdf: String) throws -> String {
        try poppler("pdftotext", [pdf, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func pages(_ pdf: String) throws -> Int {
        let info = try poppler("pdfinfo", [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    @Test func thePersonDossierTellsTheChainAsNumberedStepsWithFootnotedSources() throws {
        let files = try Self.outputs.get().files
        let pdf = try #require(files["person.pdf"])
        let text = try Self.text(pdf)
        #expect(text.contains("1. 2013-09-14: Pak Yong-myong escaped the country in Hyesan, Ryanggang"))
        #expect(text.contains("2. 2013-09-20, six days later: Kang Chun-hyang, his wife, was interrogated by the MSS"))
        #expect(text.contains("as guilt by association for step 1.[2]"))
        #expect(text.contains("[2] T-003, testimony, 2022-09: Interview with a witness from Hyesan, recorded in Seoul"))
        #expect(text.contains("What is redacted"))
        #expect(text.contains("박영명"), "the hangul of Pak Yong-myong is not in the PDF's text")
        let fonts = try Self.poppler("pdffonts", [pdf])
        #expect(fonts.contains("Nanum"), "no Nanum font embedded:\n\(fonts)")
        let pages = try Self.pages(pdf)
        #expect((8...60).contains(pages), "\(pages) pages for 8 people")
    }

    @Test func theCaseDossierHasEveryoneInTheCase() throws {
        let files = try Self.outputs.get().files
        var people: [String] = []
        for event in try Self.records("events") where event["case"] as? String == "C-001" {
            if let p = event["person"] as? String, !people.contains(p) { people.append(p) }
        }
        let html = try String(contentsOfFile: try #require(files["case.html"]), encoding: .utf8)
        let sections = html.components(separatedBy: "<section class=\"victim\"").count - 1
        #expect(sections == people.count)
        let text = try Self.text(try #require(files["case.pdf"]))
        #expect(text.contains("Case C-001: \(people.count) people"))
        #expect(text.contains("Summary"))
    }

    @Test func theWholeArchiveDossierHasEveryVictimAndTheStatistics() throws {
        let files = try Self.outputs.get().files
        let victims = Set(try Self.records("events").filter { Self.punitive.contains($0["kind"] as? String ?? "") }.compactMap { $0["person"] as? String })
        let html = try String(contentsOfFile: try #require(files["all.html"]), encoding: .utf8)
        #expect(html.components(separatedBy: "<section class=\"victim\"").count - 1 == victims.count)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
        let pdf = try #require(files["all.pdf"])
        let text = try Self.text(pdf)
        #expect(text.contains("Statistics") && text.contains("\(victims.count) punished"))
        let pages = try Self.pages(pdf)
        #expect((victims.count...victims.count * 4).contains(pages), "\(pages) pages for \(victims.count) people")
    }

    @Test func everyHTMLDossierParsesAndLoadsNothingFromOutside() throws {
        for (name, file) in try Self.outputs.get().files where name.hasSuffix(".html") {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            #if canImport(FoundationXML) || os(macOS)
                let document = try XMLDocument(data: data, options: [])
                #expect(try document.nodes(forXPath: "//h1").count == 1, "\(name)")
                #expect(try document.nodes(forXPath: "//*[@src or @href[not(starts-with(., '#'))]]").isEmpty, "\(name) refers outside")
            #endif
            #expect(!String(decoding: data, as: UTF8.self).contains("http://www.w3.org/1999/xlink\" xlink:href"))
        }
    }

    @Test func theWholeSyntheticArchiveIsRefusedWithAnOfferOfOneCase() throws {
        let scratch = try ScratchFolder()
        let archive = scratch.path + "/gen"
        #expect(try CLIRunner.run(["generate", "--people", "3000", "--output", archive]).status == 0)
        let out = scratch.path + "/all.pdf"
        let refused = try CLIRunner.run(["report", "--all", "--output", out, "--archive", archive])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--case"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let events = try String(contentsOfFile: archive + "/events.csv", encoding: .utf8)
        // The case column (10th) of the first event that has one.
        let firstCase = try #require(events.split(separator: "\n").dropFirst().lazy.compactMap { line -> Substring? in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return cells.count > 9 && !cells[9].isEmpty ? cells[9] : nil
        }.first)
        let one = try CLIRunner.run(["report", "--case", String(firstCase), "--output", scratch.path + "/one.html", "--archive", archive])
        #expect(one.status == 0, "\(one.stderr)")
    }

    @Test func theSameArchiveGivesTheSameDossierText() throws {
        let scratch = try ScratchFolder()
        var texts: [String] = []
        for n in 0..<2 {
            let file = "\(scratch.path)/p\(n).html"
            _ = try CLIRunner.run(["report", "--person", "P-0001", "--output", file, "--date", "2026-12-02", "--archive", Self.sample])
            // Graphviz lays some diagrams out differently from one process to the next
            // (a renderer matter): compare everything but the drawings.
            let html = try String(contentsOfFile: file, encoding: .utf8)
            texts.append(html.replacingOccurrences(of: #"<svg[\s\S]*?</svg>"#, with: "<svg/>", options: .regularExpression))
        }
        #expect(texts[0] == texts[1])
        #expect(texts[0].contains("<svg/>"))
    }

    @Test func mistakesAreToldClearly() throws {
        let scratch = try ScratchFolder()
        let out = scratch.path + "/x.html"
        let archive = ["--archive", Self.sample]
        #expect(try CLIRunner.run(["report", "--output", out] + archive).status == 2)
        #expect(try CLIRunner.run(["report", "--all", "--case", "C-001", "--output", out] + archive).status == 2)
        #expect(try CLIRunner.run(["report", "--all", "--output", scratch.path + "/x.docx"] + archive).status == 2)
        #expect(try CLIRunner.run(["report", "--all", "--date", "2026-13-01", "--output", out] + archive).status == 2)
        let unknown = try CLIRunner.run(["report", "--case", "C-999", "--output", out] + archive)
        #expect(unknown.status == 1 && unknown.stderr.contains("C-999") && unknown.stderr.contains("C-001"))
        let nobody = try CLIRunner.run(["report", "--person", "Nobody Atall", "--output", out] + archive)
        #expect(nobody.status == 1 && !nobody.stderr.contains("Fatal"))
        #expect(try CLIRunner.run(["report", "--case", "C-001", "--output", out] + archive).status == 0)
        let again = try CLIRunner.run(["report", "--case", "C-001", "--output", out] + archive)
        #expect(again.status == 1 && again.stderr.contains("--force"))
    }
}
