import CGraphviz

extension GraphvizRenderer {
    /// Lays out and renders DOT text that `DOTEncoder` wrote (the same graph
    /// `render(_:format:)` builds through cgraph), for a helper process that gets a
    /// diagram as text: the explorer's render workers.
    ///
    /// No size limit is checked here: the caller checked the diagram before encoding it.
    ///
    /// - Throws: `RenderError.graphviz` when the text does not parse or Graphviz fails.
    public func render(dotText: String, format: OutputFormat, layout: LayoutEngine) throws(RenderError)
        -> RenderOutput
    {
        if format == .dot { return RenderOutput(bytes: Array(dotText.utf8)) }
        return try GraphvizContext.shared.withContext { gvc throws(RenderError) in
            guard let graph = kg_read(dotText) else {
                throw RenderError.graphviz(stage: "read", message: errorText("the DOT text does not parse"))
            }
            defer { agclose(graph) }
            guard kg_layout(gvc, graph, layout.rawValue) == 0 else {
                throw RenderError.graphviz(stage: "lay out", message: errorText("layout '\(layout.rawValue)' failed"))
            }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length = 0
            let status = kg_render_data(gvc, graph, format.rawValue, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data else {
                throw RenderError.graphviz(stage: "render", message: errorText("format '\(format.rawValue)' failed"))
            }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) {
                Array(UnsafeBufferPointer(start: $0, count: length))
            }
            let warnings = GraphvizContext.shared.takeMessages().compactMap {
                $0.hasPrefix("Warning: ") ? String($0.dropFirst(9)) : nil
            }
            return RenderOutput(bytes: bytes, warnings: warnings)
        }
    }
}

/// Graphviz's errors from the current call joined, or `fallback`.
private func errorText(_ fallback: String) -> String {
    let errors = GraphvizContext.shared.takeMessages().filter { !$0.hasPrefix("Warning: ") }
    return errors.isEmpty ? fallback : errors.joined(separator: " ")
}
