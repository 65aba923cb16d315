import ArgumentParser
import Foundation
import KinGraphCore

/// The options every query command shares: `--min-confidence` and `--json`. Pull it
/// into a command with `@OptionGroup`, next to `ArchiveOptions`.
struct QueryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Leave out every tie, event and link below this level: hearsay, single-source, corroborated or confirmed.",
            valueName: "level"))
    var minConfidence: String = Confidence.hearsay.rawValue

    @Flag(name: .long, help: "Print one JSON object (keys sorted) instead of text.")
    var json = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Show protected people as \"Protected person N\" (no name, hangul, aliases, birth date, home, or places of their events), for answers meant to leave the archive.",
            discussion: "PERSON may still be given by the id or name in the archive, or by pseudonym (protected-N)."))
    var redact = false

    /// Rejects an unknown confidence level (a usage error).
    func validate() throws {
        if Confidence(rawValue: minConfidence) == nil {
            throw ValidationError(
                "unknown confidence level '\(minConfidence)': use "
                    + Confidence.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The level `--min-confidence` names.
    var confidence: Confidence { Confidence(rawValue: minConfidence) ?? .hearsay }

    /// Loads and validates the archive, redacted with `--redact`, and indexes it.
    func graph(_ archive: ArchiveOptions) throws -> ArchiveGraph {
        try graph(archive, people: []).graph
    }

    /// The archive as the query sees it (with `--redact`, every protected person is
    /// replaced by their pseudonym before the graph is built, so text, JSON and
    /// diagrams can only show the pseudonym) and the people the PERSON arguments
    /// `texts` name, in order.
    func graph(_ archive: ArchiveOptions, people texts: [String]) throws -> (graph: ArchiveGraph, people: [Int32]) {
        let (graph, resolver) = try PersonResolver.load(archive, redact: redact)
        return (graph, try texts.map { text throws(QueryError) in try resolver.resolve(text) })
    }

    /// Prints `answer` as JSON with `--json`, else the text `text()` writes.
    func print<Answer: Encodable>(_ answer: Answer, text: () -> String) throws {
        if json {
            Swift.print(try JSONOutput.string(answer))
        } else {
            Swift.print(text().terminalSafe(keepingLines: true), terminator: "")
        }
    }
}

/// `--depth N`: 1 or more; a huge depth is fine (the search stops at the graph's edge).
struct DepthOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How many hops to go out (1 or more).", valueName: "n"))
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be 1 or more (got \(depth))") }
    }
}

/// JSON as the query commands print it: keys sorted, indented, slashes left alone.
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
