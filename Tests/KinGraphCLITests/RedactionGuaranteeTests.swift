import Foundation
import KinGraphTestSupport
import Testing

/// The redaction guarantee: nothing that identifies a protected person leaves the
/// archive. Every output meant to leave it (diagrams in SVG, PNG, PDF and DOT from
/// `render`; GraphML, GEXF, FtM and DOT from `export`; text and JSON answers of every
/// query with `--redact`; HTML and PDF dossiers from `report`) is produced by the built binary from a generated archive,
/// and its bytes (PDF streams and PNG data inflated, entities and escapes decoded) are
/// searched for every protected person's name, marker, hangul, aliases, birth date,
/// home, event places and id. Pseudonyms must be the same in every output, and
/// redaction must not change the shape of what is drawn or exported.
@Suite(.serialized) struct RedactionGuaranteeTests {
    /// The archive, written once for the suite's outputs.
    final class Setup: @unchecked Sendable {
        let scratch: ScratchFolder
        let archive = RedactionArchive(families: 12)
        let path: String
        /// Each output: what made it, its format, its bytes.
        var outputs: [(what: String, format: String, bytes: [UInt8])] = []

        init() throws {
            scratch = try ScratchFolder()
            path = try scratch.write("archive.json", archive.json)
        }

        /// Runs `kingraph arguments… --archive PATH`; it must succeed.
        func run(_ arguments: [String]) throws -> CLIRunner.Output {
            let result = try CLIRunner.run(arguments + ["--archive", path])
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        /// Runs a command that writes `file`, and keeps its bytes.
        func collect(_ arguments: [String], file: String) throws {
            _ = try run(arguments)
            let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
            #expect(!bytes.isEmpty, "\(arguments.joined(separator: " ")) wrote nothing")
            outputs.append((arguments.joined(separator: " "), (file as NSString).pathExtension, bytes))
        }

        /// Runs `kingraph report`, and keeps the dossier's bytes; for a PDF also the
        /// text `pdftotext` reads from it (Chromium draws text by glyph ids, so the
        /// words are found there, and the fonts' ToUnicode maps in the streams).
        func report(_ arguments: [String], file: String) throws {
            try collect(["report"] + arguments + ["--output", file], file: file)
            guard file.hasSuffix(".pdf") else { return }
            let text = try ChildProcess.run("/usr/bin/pdftotext", [file, "-"])
            #expect(text.status == 0 && !text.stdout.isEmpty, "pdftotext read nothing from \(file)")
            outputs.append(((["report"] + arguments).joined(separator: " ") + " (pdftotext)", "txt", Array(text.stdout.utf8)))
        }

        /// Runs `kingraph batch --redact` with `lines` on standard input; keeps its output.
        func batch(_ lines: [String]) throws {
            let result = try CLIRunner.run(
                ["batch", "--redact", "--archive", path], input: lines.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "batch --redact failed: \(result.stderr)")
            let answers = result.stdout.split(separator: "\n")
            #expect(answers.count == lines.count, "batch gave \(answers.count) answers to \(lines.count) lines")
            outputs.append(("batch --redact: " + lines.joined(separator: "; "), "json", Array(result.stdout.utf8)))
        }

        /// Runs a query with `--redact`, as text and as JSON, and keeps both answers.
        func query(_ arguments: [String]) throws {
            for extra in [[], ["--json"]] {
                let result = try run(arguments + ["--redact"] + extra)
                outputs.append(((arguments + ["--redact"] + extra).joined(separator: " "), extra.isEmpty ? "txt" : "json", Array(result.stdout.utf8)))
            }
        }
    }

    /// Every output that can leave the archive, made once.
    static let setup: Result<Setup, any Error> = Result {
        let setup = try Setup()
        let secrets = setup.archive.secrets
        let out = setup.scratch.path
        var n = 0
        func file(_ ext: String) -> String {
            n += 1
            return "\(out)/out\(n).\(ext)"
        }
        // Diagrams: the whole archive in both views and every format, and around a protected person.
        for view in ["people", "events"] {
            for ext in ["svg", "pdf", "png", "dot"] {
                let f = file(ext)
                try setup.collect(["render", "--view", view, "--output", f], file: f)
            }
        }
        for (focus, ext) in [(secrets[0].id, "svg"), (secrets[1].name, "pdf"), (secrets[2].id, "dot"), ("F3", "png")] {
            let f = file(ext)
            try setup.collect(["render", "--focus", focus, "--depth", "2", "--output", f], file: f)
        }
        // Exports, whole and around a protected person.
        for format in ["graphml", "gexf", "ftm", "dot"] {
            let f = file(format == "ftm" ? "ftm.json" : format)
            try setup.collect(["export", "--format", format, "--output", f], file: f)
            let g = file(format == "ftm" ? "ftm.json" : format)
            try setup.collect(["export", "--format", format, "--focus", secrets[0].id, "--depth", "2", "--output", g], file: g)
        }
        // WGEID cases (the table and every case's text) and capture histories.
        let wgeid = "\(out)/wgeid"
        _ = try setup.run(["export", "--format", "wgeid", "--output", wgeid])
        let caseFiles = try FileManager.default.contentsOfDirectory(atPath: wgeid + "/cases").sorted()
        #expect(caseFiles.contains { $0.hasPrefix("protected-") }, "no protected person's case to search")
        for name in ["cases.csv"] + caseFiles.map({ "cases/" + $0 }) {
            let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: wgeid + "/" + name))) ?? Data())
            setup.outputs.append(("export --format wgeid: \(name)", name.hasSuffix(".csv") ? "csv" : "txt", bytes))
        }
        for lists in ["source-kind", "source"] {
            let f = file("csv")
            try setup.collect(["export", "--format", "capture-history", "--lists", lists, "--output", f], file: f)
        }
        // Dossiers: about a protected person (by id and by name), a father, everyone.
        for (scope, ext) in [(["--person", secrets[0].id], "pdf"), (["--person", secrets[1].name], "html"), (["--person", "F0"], "pdf"), (["--person", "F2"], "html"), (["--all"], "html"), (["--all"], "pdf")] {
            try setup.report(scope, file: file(ext))
        }
        // Every query, about protected people (by id and by name) and others.
        let queries: [[String]] = [
            ["stats"], ["find", secrets[0].name], ["find", "Zorvik"], ["find", "Ri Myong"],
            ["because-of", "F0"], ["because-of", secrets[0].id], ["because-of", secrets[3].name],
            ["implicated", "F0"], ["implicated", "F6", "--depth", "4"],
            ["path", "F0", "F5"], ["path", secrets[0].id, secrets[4].id],
            ["neighbors", "F0", "--depth", "3"], ["neighbors", secrets[1].id, "--depth", "2"],
            ["timeline", secrets[0].id], ["timeline", "F3"],
        ]
        for query in queries { try setup.query(query) }
        // The same questions drawn with --diagram, in every format, with and without
        // --redact (a diagram is redacted either way).
        let drawn = queries.filter { ["because-of", "implicated", "path", "neighbors", "timeline"].contains($0[0]) }
        let formats = ["svg", "pdf", "png", "dot"]
        for (index, query) in drawn.enumerated() {
            for redact in [true, false] {
                let f = file(formats[(index + (redact ? 0 : 1)) % formats.count])
                try setup.collect(query + ["--diagram", f] + (redact ? ["--redact"] : []), file: f)
            }
            let f = file("svg")
            try setup.collect(query + ["--diagram", f, "--view", "events", "--redact"], file: f)
        }
        // The same questions in one batch.
        try setup.batch(queries.map { $0.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ") })
        return setup
    }

    static func pseudonyms(in text: String) -> Set<String> {
        let pattern = try? NSRegularExpression(pattern: #"(?:protected-|Protected person )(\d{4,})"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            (pattern?.matches(in: text, range: range) ?? []).compactMap { match in
                Range(match.range(at: 1), in: text).map { String(text[$0]) }
            })
    }

    @Test func noProtectedStringInAnyOutput() throws {
        let setup = try Self.setup.get()
        #expect(Zlib.available, "zlib could not be loaded: PDF and PNG data would go unsearched")
        #expect(setup.outputs.count >= 88)
        let secrets = setup.archive.secrets
        #expect(secrets.count >= 8)
        let rare = Set(RedactionArchive.rareSyllables.compactMap { $0.unicodeScalars.first?.value })
        for output in setup.outputs {
            let search = OutputSearch(output.bytes, format: output.format)
            // `find` repeats the name asked for; that is the asker's own text, not the archive's.
            let asked = output.what.split(separator: ";").filter { $0.contains("find ") }.joined()
            for secret in secrets {
                for string in secret.strings where !asked.contains(string) {
                    if let place = search.find(string) {
                        Issue.record("\(secret.id)'s '\(string)' is in \(output.what) (\(output.format), \(place))")
                    }
                }
            }
            // A year is short: look for it only in text, with pseudonyms (4 digits) masked.
            var masked = search
            masked.maskPseudonyms()
            for secret in secrets {
                if let place = masked.find(secret.year, inWords: true) {
                    Issue.record("\(secret.id)'s birth year \(secret.year) is in \(output.what) (\(place))")
                }
            }
            #expect(search.codePoints.isDisjoint(with: rare), "a protected hangul glyph is in the fonts of \(output.what)")
            // Positive control: the search sees the text that is there.
            let aboutProtected = ["HID", "Kang", "because-of F0", "implicated F", "neighbors F0", "render", "export", "report"].contains { output.what.contains($0) }
            // A Chromium PDF draws its text by glyph ids: its words are searched in the pdftotext output.
            let glyphsOnly = output.format == "pdf" && output.what.hasPrefix("report")
            if output.format != "png", aboutProtected, !output.what.hasPrefix("find"), !glyphsOnly {
                #expect(search.find("Protected person") != nil || search.find("protected-") != nil, "no pseudonym seen in \(output.what)")
            }
        }
    }

    @Test func pseudonymsAreTheSameInEveryOutput() throws {
        let setup = try Self.setup.get()
        var assigned: [String: String] = [:]
        for secret in setup.archive.secrets {
            let answer = try setup.run(["timeline", secret.id, "--redact", "--json"])
            let top = try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [String: Any]
            let person = try #require(top?["person"] as? String, "\(secret.id): \(answer.stdout.prefix(200))")
            let number = try #require(Self.pseudonyms(in: person).first, "\(secret.id) is shown as \(person)")
            #expect(top?["name"] as? String == "Protected person \(number)")
            assigned[secret.id] = number
        }
        #expect(Set(assigned.values).count == assigned.count, "two protected people share a pseudonym")
        let known = Set(assigned.values)
        for output in setup.outputs where output.format != "png" {
            let text = OutputSearch.unescaped(String(decoding: output.bytes, as: UTF8.self))
            let found = Self.pseudonyms(in: text)
            #expect(found.isSubset(of: known), "\(output.what) shows pseudonyms \(found.subtracting(known).sorted()) no answer gave")
        }
        // The whole-archive exports and diagrams show every protected person by the same pseudonym.
        // (WGEID cases and capture histories cover only the disappeared and the punished.)
        for output in setup.outputs
        where output.what.hasPrefix("export") && !output.what.contains("--focus") && !output.what.contains("wgeid")
            && !output.what.contains("capture-history")
        {
            let found = Self.pseudonyms(in: String(decoding: output.bytes, as: UTF8.self))
            #expect(found == known, "\(output.what) shows \(found.sorted()), the answers \(known.sorted())")
        }
        for output in setup.outputs where output.what.hasPrefix("render --view people") && output.format == "dot" {
            #expect(Self.pseudonyms(in: String(decoding: output.bytes, as: UTF8.self)) == known)
        }
    }

    @Test func redactionKeepsTheShapeOfEveryExportAndAnswer() throws {
        let setup = try Self.setup.get()
        let out = setup.scratch.path
        func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }
        for (format, marks) in [("graphml", ["<node ", "<edge "]), ("gexf", ["<node ", "<edge "]), ("ftm", ["\n"]), ("dot", [" -> ", "[label="])] {
            var texts: [String] = []
            for reveal in [false, true] {
                let f = "\(out)/shape-\(format)-\(reveal)"
                _ = try setup.run(["export", "--format", format, "--output", f] + (reveal ? ["--reveal-protected"] : []))
                texts.append(try String(contentsOfFile: f, encoding: .utf8))
            }
            for mark in marks {
                #expect(count(texts[0], mark) == count(texts[1], mark), "\(format): '\(mark)' \(count(texts[0], mark)) redacted, \(count(texts[1], mark)) revealed")
                #expect(count(texts[0], mark) > 0)
            }
        }
        var dossiers: [String] = []
        for reveal in [false, true] {
            let f = "\(out)/shape-report-\(reveal).html"
            _ = try setup.run(["report", "--all", "--output", f] + (reveal ? ["--reveal-protected"] : []))
            dossiers.append(try String(contentsOfFile: f, encoding: .utf8))
        }
        for mark in ["<section class=\"victim\"", "<span class=\"n\">", "<li id=\"note-", "<svg"] {
            #expect(count(dossiers[0], mark) == count(dossiers[1], mark), "report: '\(mark)' differs once redacted")
            #expect(count(dossiers[0], mark) > 0)
        }
        let plain = try setup.run(["stats", "--json"]).stdout, redacted = try setup.run(["stats", "--json", "--redact"]).stdout
        #expect(plain == redacted, "stats differ once redacted")
        for query in [["neighbors", "F0", "--depth", "3"], ["implicated", "F0"], ["because-of", "F0"]] {
            let a = try setup.run(query + ["--json"]).stdout, b = try setup.run(query + ["--json", "--redact"]).stdout
            #expect(count(a, "\"person\"") == count(b, "\"person\""), "\(query): a different number of people once redacted")
            #expect(count(a, "\"event\"") == count(b, "\"event\""), "\(query): a different number of events once redacted")
        }
    }

    @Test func withoutRedactTheAnalystSeesEveryone() throws {
        // The control: the same search does find the protected strings in the analyst's own view.
        let setup = try Self.setup.get()
        let secret = setup.archive.secrets[0]
        let answer = try setup.run(["timeline", secret.id, "--json"]).stdout
        #expect(OutputSearch(Array(answer.utf8), format: "json").find(secret.name) != nil)
        let f = setup.scratch.path + "/revealed.svg"
        _ = try setup.run(["render", "--focus", secret.id, "--output", f, "--reveal-protected"])
        let svg = OutputSearch([UInt8](try Data(contentsOf: URL(fileURLWithPath: f))), format: "svg")
        #expect(svg.find(secret.hangul) != nil && svg.find(secret.name) != nil)
    }
}

extension OutputSearch {
    /// Blanks out pseudonyms (`Protected person 1234`, `protected-1234`) in the word
    /// texts, so their digits are not taken for a year.
    mutating func maskPseudonyms() {
        self.mapWords { $0.replacingOccurrences(of: #"(?:protected-|Protected person )\d+"#, with: "", options: .regularExpression) }
    }
}
