import ArgumentParser
import KinGraphRender

/// How to draw a diagram: the layout, whether protected people are shown, and
/// whether a diagram past the size limit is drawn anyway. Shared by `render` and
/// `DiagramOptions`.
struct DrawingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Graphviz layout: dot (layered, the default), neato, fdp, sfdp (for hundreds of people or more), circo.",
            valueName: "layout"))
    var layout: LayoutEngine = .dot

    @Flag(
        name: .customLong("reveal-protected"),
        help: "Draw protected people with their names (internal use only: never publish such a diagram).")
    var revealProtected = false

    @Flag(name: .long, help: "Draw a diagram past the size limit, however long the layout takes.")
    var force = false

    /// Renders `diagram` and writes it to `file`; prints Graphviz's warnings to
    /// standard error.
    func write(_ diagram: Diagram, to file: DiagramFile) throws {
        let output = try GraphvizRenderer().render(diagram, format: file.format, layout: layout, force: force)
        for warning in output.warnings { printError("warning: \(warning)") }
        try file.write(output.bytes)
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramView: ExpressibleByArgument {}
