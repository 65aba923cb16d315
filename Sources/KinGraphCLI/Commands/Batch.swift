import ArgumentParser
import Foundation
import KinGraphCore

/// `kingraph batch`: many questions, one archive load, one JSON answer per line.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer questions read from standard input, one per line, as one JSON object per line.",
        discussion: """
            Each line is a query in the CLI's own words, without --archive: because-of, \
            implicated, path, neighbors, stats, timeline or find, with their options \
            (names with spaces in quotes). The archive is loaded once; the answers come \
            in order, each the object that command prints with --json, on one line. A \
            line that is not a valid query gets {"error": "…", "line": N} and the batch \
            goes on; blank lines and lines starting with # are skipped. Exits 1 when any \
            line got an error.

            Example:
              printf 'because-of P-00042\\npath P-00001 P-00009\\nstats\\n' | kingraph batch --archive bench/data/people-10000
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(name: .long, help: "Hide protected people: pseudonyms instead of names and ids, no places or facilities.")
    var redact = false

    func run() throws {
        let path = try archiveOptions.requirePath()
        let (graph, people) = try PersonResolver.load(archiveOptions, redact: redact)
        var scratch = GraphScratch()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var number = 0
        var failures = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            var out: Data
            do {
                let query = try Batch.parse(text, archive: path)
                out = try encoder.encode(try query.anyAnswer(graph, people: people, scratch: &scratch))
            } catch {
                failures += 1
                out = try encoder.encode(BatchLineError(error: Batch.message(for: error), line: number))
            }
            out.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(out)
        }
        if failures > 0 {
            throw BatchFailure(failed: failures, lines: number)
        }
    }

    /// The query a line asks, parsed by the query command's own argument parser.
    static func parse(_ line: String, archive: String) throws -> any QueryCommand {
        let words = try BatchWords.split(line[...])
        guard let name = words.first else { throw BatchLineProblem("empty line") }
        guard let type = Queries.named(name) else {
            let guess = Queries.names.min { editDistance($0, name) < editDistance($1, name) }
            let hint = guess.map { editDistance($0, name) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
            throw BatchLineProblem(
                "'\(name)' is not a query a batch answers\(hint); use one of: " + Queries.names.joined(separator: ", "))
        }
        if words.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "--version" }) {
            throw BatchLineProblem("--help is not a query; run 'kingraph \(name) --help' outside the batch")
        }
        if words.contains(where: { $0 == "--archive" || $0.hasPrefix("--archive=") }) {
            throw BatchLineProblem("a batch line cannot name an archive: the batch answers from '\(archive)'")
        }
        return try type.parseQuery(["--archive", archive] + words.dropFirst())
    }

    /// What a failed line reports: the parser's own message for a usage error, else
    /// the error's description.
    static func message(for error: any Error) -> String {
        if error is BatchLineProblem || error is BatchWords.SplitError || error is QueryError {
            return "\(error)"
        }
        if KinGraphCommand.exitCode(for: error) == .success {
            return "--help and --version are not queries"
        }
        let parserMessage = KinGraphCommand.message(for: error)
        return parserMessage.isEmpty ? "\(error)" : parserMessage
    }
}

/// The number of single-character edits that turn `a` into `b` (Levenshtein).
///
/// - Complexity: O(|a| · |b|).
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8), b = Array(b.utf8)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        previous = current
    }
    return previous[b.count]
}

/// The JSON a failed line gets.
struct BatchLineError: Encodable {
    let error: String
    let line: Int
}

/// A line that is not a query.
struct BatchLineProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Some lines got errors (each reported on its own output line).
struct BatchFailure: Error, CustomStringConvertible {
    let failed: Int
    let lines: Int
    var description: String { "\(failed) of \(lines) lines could not be answered (see their error objects)" }
}
