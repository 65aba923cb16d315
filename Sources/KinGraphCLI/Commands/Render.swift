import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `kingraph render`: the whole archive, or one person's neighbourhood, as a diagram.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the archive, or the people around one person, as a network diagram.",
        discussion: """
            Draws everyone in the archive, or with --focus the person and everyone within \
            --depth ties of them, into --output FILE: .svg, .pdf, .png or .dot. The people \
            view (default) shows people, their ties and who was punished because of whom; \
            the events view shows their events on a time line, one box per person.

            Protected people are drawn as "Protected person N" with nothing that identifies \
            them, unless --reveal-protected is given (internal use only). Past \
            a few hundred people, --layout sfdp is faster; past the size limit the diagram \
            is refused unless --force is given.

            Examples:
              kingraph render --archive graphs/sample.json --focus P-0001 --depth 2 --output out.svg
              kingraph render --archive graphs/sample.json --focus P-0001 --view events --output out.pdf
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("Draw only this person (id or name) and their neighbourhood.", valueName: "person"))
    var focus: String?

    @Option(name: .long, help: ArgumentHelp("With --focus: how many ties away to go (default 2).", valueName: "n"))
    var depth: Int?

    @Option(name: .long, help: ArgumentHelp("What to draw: people (default) or events.", valueName: "view"))
    var view: DiagramView = .people

    @Option(name: .long, help: ArgumentHelp("The diagram file: .svg, .pdf, .png or .dot.", valueName: "file"))
    var output: String

    @OptionGroup var drawing: DrawingOptions

    func validate() throws {
        if OutputFormat(path: output) == nil {
            throw ValidationError(DiagramFileError.unknownExtension(output).description)
        }
        if let depth {
            guard focus != nil else { throw ValidationError("--depth needs --focus PERSON") }
            guard depth >= 1 else { throw ValidationError("--depth must be 1 or more, not \(depth)") }
        }
    }

    func run() throws {
        let file = try DiagramFile(output)
        let loaded = try archiveOptions.loadArchive()
        let archive = loaded.archive
        let graph = try loaded.graph()
        var people = archive.people.map(\.id)
        var focusID: String?
        if let focus {
            let p = try graph.resolvePerson(focus)
            var scratch = GraphScratch()
            let found = graph.neighborhood(of: p, depth: depth ?? 2, scratch: &scratch)
            people = [graph.person(p).id] + found.map { graph.person($0.person).id }
            focusID = graph.person(p).id
        }
        let diagrams = QueryDiagrams(archive: archive, revealProtected: drawing.revealProtected)
        let diagram = diagrams.neighborhood(people: people, focus: focusID, depth: depth ?? 2, view: view)
        try drawing.write(diagram, to: file)
        let what = view == .people ? "\(diagram.nodes.count) people" : "\(diagram.nodes.count) events"
        print("wrote \(output): \(what), \(diagram.edges.count) lines")
    }
}
