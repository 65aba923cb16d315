import ArgumentParser
import KinGraphCore
import KinGraphRender

/// `--diagram FILE` and its drawing options, for the query commands: the answer is
/// also drawn as a diagram, its format from FILE's extension (.svg, .pdf, .png, .dot).
///
///     @OptionGroup var diagram: DiagramOptions
///     …
///     try diagram.draw(graph.archive, minConfidence: level) { $0.becauseOf(answer, view: $1) }
struct DiagramOptions: ParsableArguments {
    @Option(
        name: .customLong("diagram"),
        help: ArgumentHelp(
            "Also draw the answer into FILE: .svg, .pdf, .png or .dot. Protected people appear by pseudonym.",
            valueName: "file"))
    var path: String?

    @Option(name: .long, help: ArgumentHelp("What the diagram shows: people or events.", valueName: "view"))
    var view: DiagramView?

    @OptionGroup var drawing: DrawingOptions

    /// Rejects an unknown extension before any work is done.
    func validate() throws {
        if let path, OutputFormat(path: path) == nil {
            throw ValidationError(DiagramFileError.unknownExtension(path).description)
        }
    }

    /// The checked destination, or `nil` when no diagram was asked for. Call it
    /// before the query, so a missing folder fails fast.
    func destination() throws -> DiagramFile? {
        guard let path else { return nil }
        return try DiagramFile(path)
    }

    /// Draws the answer: `make` gets the diagrams of the archive (redacted unless
    /// `--reveal-protected`, records below `minConfidence` left out) and the view.
    func draw(
        _ archive: Archive, minConfidence: Confidence, defaultView: DiagramView = .people,
        _ make: (QueryDiagrams, DiagramView) -> Diagram
    ) throws {
        guard path != nil else { return }
        let diagrams = QueryDiagrams(
            archive: archive, revealProtected: drawing.revealProtected, minConfidence: minConfidence)
        try write(defaultView: defaultView) { make(diagrams, $0) }
    }

    /// Draws the diagram `make` gives for the chosen view (`defaultView` unless
    /// `--view`), writes it atomically, and says where on standard error (standard
    /// output holds the answer).
    func write(defaultView: DiagramView = .people, _ make: (DiagramView) -> Diagram) throws {
        guard let file = try destination() else { return }
        let diagram = make(view ?? defaultView)
        try drawing.write(diagram, to: file)
        printError("diagram written to \(file.path)")
    }
}
