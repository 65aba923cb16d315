import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphRender

/// `kingraph export --format F --output FILE`: the archive, or one person's
/// neighbourhood, for Gephi, Cytoscape, yEd, Aleph or Graphviz.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the archive as GraphML, GEXF, FollowTheMoney entities, DOT, WGEID cases or capture histories.",
        discussion: """
            Writes the whole archive, or with --focus PERSON the people within --depth \
            steps of PERSON (default 1) with their ties, events, links and sources. \
            Protected people are replaced by pseudonyms ("Protected person N") unless \
            --reveal-protected is given. The file is written atomically; an existing \
            file is replaced only with --force. See docs/EXCHANGE.md for each format.

            Examples:
              kingraph export --archive case.json --format graphml --output case.graphml
              kingraph export --archive case.json --format gexf --output p1.gexf --focus P-0001 --depth 2
              kingraph export --archive case.json --format ftm --output case.ftm.json
              kingraph export --archive case.json --format wgeid --output wgeid/
              kingraph export --archive case.json --format capture-history --lists source-kind --output mse.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case graphml, gexf, ftm, dot, wgeid
        case captureHistory = "capture-history"
    }

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("graphml, gexf, ftm, dot, wgeid (a folder) or capture-history.", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("The file to write (a folder for wgeid).", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("capture-history: what a list is, source-kind (default) or source.", valueName: "lists"))
    var lists: String?

    @Option(name: .long, help: ArgumentHelp("wgeid: the person or organisation submitting the cases (name and address; the Working Group keeps it confidential on request).", valueName: "text"))
    var submitter: String?

    @Option(name: .long, help: ArgumentHelp("Export only the neighbourhood of this person (id or name).", valueName: "person"))
    var focus: String?

    @Option(name: .long, help: ArgumentHelp("Steps from --focus to include (default 1).", valueName: "n"))
    var depth: Int?

    @Flag(name: .long, help: "Write protected people as they are, not as pseudonyms. The file then endangers them: keep it inside the archive.")
    var revealProtected = false

    @Flag(name: .long, help: "Replace an existing output file.")
    var force = false

    func validate() throws {
        if depth != nil && focus == nil { throw ValidationError("--depth needs --focus PERSON") }
        if let depth, depth < 1 { throw ValidationError("--depth must be 1 or more (got \(depth))") }
        try validateUNFormats()
    }

    func run() throws {
        if format == .wgeid || format == .captureHistory { return try runUNFormat() }
        let input = try archiveOptions.requirePath()
        try ExchangeFiles.checkDestination(output, overwrite: force, input: input)
        let loaded = try archiveOptions.loadArchive()
        let archive = loaded.archive
        var selected = archive
        var focusID: String?
        if let focus {
            let graph = try loaded.graph()
            let person = try graph.resolvePerson(focus)
            var scratch = GraphScratch()
            let near = graph.neighborhood(of: person, depth: depth ?? 1, scratch: &scratch)
            let id = graph.person(person).id
            focusID = id
            selected = archive.restricted(toPeople: Set([id] + near.map { graph.person($0.person).id }))
        }
        let redactor = Redactor(archive)
        let published = revealProtected ? selected : redactor.redact(selected)
        let shownFocus = focusID.map { revealProtected ? $0 : redactor.redactedID(for: $0) }
        try ExchangeFiles.write(encode(published, focus: shownFocus), to: output, overwrite: force, input: input)
        let protected = selected.people.filter(\.isProtected).count
        let note =
            protected == 0
            ? "" : revealProtected ? "; \(protected) protected people REVEALED" : "; \(protected) protected people as pseudonyms"
        print("wrote \(output) (\(format.rawValue)): \(published.countsLine)\(note)")
    }

    private func encode(_ archive: Archive, focus: String?) -> String {
        switch format {
        case .graphml: return GraphMLExporter().export(archive)
        case .gexf: return GEXFExporter().export(archive)
        case .ftm: return FtMExporter().export(archive)
        case .wgeid, .captureHistory: return ""  // written by runUNFormat
        case .dot:
            let question: DiagramQuestion = focus.map { .neighbors(person: $0, depth: depth ?? 1) } ?? .wholeArchive
            let diagram = PeopleDiagramBuilder(archive: archive).diagram(
                people: archive.people.map(\.id), focus: focus, question: question)
            return DOTEncoder().encode(diagram)
        }
    }
}
