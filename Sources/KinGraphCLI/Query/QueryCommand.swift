import ArgumentParser
import KinGraphCore
import KinGraphRender

/// A question KinGraph answers, defined once: its words and defaults are the
/// command's arguments, and the command line, `batch` and the explorer's API all
/// parse them with the command's own parser and answer with `answer(_:people:scratch:)`.
///
/// A new query is its Core function, one file here (the command, its `answer`, its
/// text) and its line in `Queries.all`; docs/QUERIES.md says what it means.
protocol QueryCommand: ParsableCommand {
    /// What the query answers: printed as JSON with `--json`, by `batch` and by `/api/`.
    associatedtype Answer: Encodable

    var archiveOptions: ArchiveOptions { get }
    var options: QueryOptions { get }

    /// The answer from a graph already loaded; PERSON words resolve through `people`
    /// (by pseudonym or real id under `--redact`).
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> Answer

    /// The answer as the terminal shows it.
    func text(_ answer: Answer, graph: ArchiveGraph) -> String

    /// Checks what can be checked before the archive is read (a diagram's file name).
    func checkBeforeLoading() throws

    /// Draws the answer when the user asked for a diagram.
    func drawIfAsked(_ answer: Answer, graph: ArchiveGraph) throws
}

extension QueryCommand {
    func checkBeforeLoading() throws {}
    func drawIfAsked(_ answer: Answer, graph: ArchiveGraph) throws {}

    func run() throws {
        try checkBeforeLoading()
        let (graph, people) = try PersonResolver.load(archiveOptions, redact: options.redact)
        var scratch = GraphScratch()
        let answer = try answer(graph, people: people, scratch: &scratch)
        try options.print(answer) { text(answer, graph: graph) }
        try drawIfAsked(answer, graph: graph)
    }

    /// The answer as any JSON value (for `batch` and the explorer, which hold many kinds).
    func anyAnswer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        try answer(graph, people: people, scratch: &scratch)
    }
}

/// A query whose answer can also be drawn (`--diagram FILE`).
protocol DrawnQueryCommand: QueryCommand {
    var diagram: DiagramOptions { get }

    /// The view drawn when `--view` is not given.
    static var defaultView: DiagramView { get }

    /// The answer's diagram, from the archive's diagrams.
    func diagram(of answer: Answer, in diagrams: QueryDiagrams, view: DiagramView) -> Diagram
}

extension DrawnQueryCommand {
    static var defaultView: DiagramView { .people }

    func checkBeforeLoading() throws { _ = try diagram.destination() }

    func drawIfAsked(_ answer: Answer, graph: ArchiveGraph) throws {
        try diagram.draw(graph.archive, minConfidence: options.confidence, defaultView: Self.defaultView) {
            self.diagram(of: answer, in: $0, view: $1)
        }
    }
}

/// Every query, by the name the command line, `batch` and `/api/` know it by.
enum Queries {
    static let all: [any QueryCommand.Type] = [
        BecauseOf.self, Implicated.self, Path.self, Neighbors.self, Timeline.self, Find.self, Stats.self,
    ]

    /// The names, in `all`'s order.
    static let names: [String] = all.map { $0._commandName }

    private static let byName: [String: any QueryCommand.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0._commandName, $0) })

    /// The query called `name`, if there is one.
    static func named(_ name: String) -> (any QueryCommand.Type)? { byName[name] }
}

extension QueryCommand {
    /// Parses the query's words (with `--archive`) with this command's own parser.
    static func parseQuery(_ words: [String]) throws -> any QueryCommand { try parse(words) }
}
