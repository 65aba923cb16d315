import KinGraphRender

/// The render helper's loop (`kingraph render-worker`, started by the explorer, never
/// by hand): reads requests on standard input, renders each with Graphviz in this
/// process, writes the answers on standard output, until standard input ends.
/// Graphviz leaking or aborting here costs the explorer one helper, not the server.
public enum RenderWorker {
    /// Serves requests until the input ends; returns the exit status.
    public static func run(input: Int32 = 0, output: Int32 = 1) -> Int32 {
        let reader = WireReader(descriptor: input)
        let renderer = GraphvizRenderer()
        while let header = reader.line() {
            let words = header.split(separator: " ")
            guard words.count == 3, let format = OutputFormat(rawValue: String(words[0])),
                let layout = LayoutEngine(rawValue: String(words[1])), let length = Int(words[2]), length >= 0,
                length <= 64 << 20
            else {
                _ = writeAll(RenderWire.answer(ok: false, Array("malformed request '\(header.prefix(80))'".utf8)), to: output)
                return 2
            }
            guard let dot = reader.bytes(length) else { return 2 }
            let answer: [UInt8]
            do {
                let rendered = try renderer.render(dotText: String(decoding: dot, as: UTF8.self), format: format, layout: layout)
                answer = RenderWire.answer(ok: true, rendered.bytes)
            } catch {
                answer = RenderWire.answer(ok: false, Array(error.description.utf8))
            }
            guard writeAll(answer, to: output) else { return 1 }
        }
        return 0
    }
}
