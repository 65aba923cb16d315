#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Catches what is written to standard error (file descriptor 2) until `finish`.
///
/// Parts of Graphviz, such as its path planner ("libpath/shortest.c: triangulation
/// failed"), print there directly instead of through its error handler. The renderer
/// catches that output during a layout and reports it as warnings. Only used under the
/// Graphviz lock; anything another thread writes to standard error meanwhile is
/// caught too, which is why a long-running server renders in a helper process.
final class StandardErrorCapture {
    private var saved: Int32
    private var file: UnsafeMutablePointer<FILE>?

    /// Starts catching; `nil` when standard error cannot be redirected (then nothing is caught).
    init?() {
        guard let file = tmpfile() else { return nil }
        fflush(nil)
        saved = dup(2)
        guard saved >= 0, dup2(fileno(file), 2) >= 0 else {
            if saved >= 0 { close(saved) }
            fclose(file)
            return nil
        }
        self.file = file
    }

    /// Stops catching and returns the lines written; later calls return nothing.
    func finish() -> [String] {
        guard let file else { return [] }
        self.file = nil
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        defer { fclose(file) }
        rewind(file)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > 1 << 20 { break }  // a megabyte of complaints is enough
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    deinit { _ = finish() }

    /// Graphviz's direct output as warnings: the path planner's many lines summed up
    /// in one, every other line as it is.
    static func warnings(from lines: [String]) -> [String] {
        let planner = lines.filter { $0.hasPrefix("libpath/") }
        var result = lines.filter { !$0.hasPrefix("libpath/") }
        if !planner.isEmpty {
            result.append(
                "Graphviz could not route some lines cleanly (\(planner.count) complaints from its path planner): "
                    + "a few lines may cross boxes")
        }
        return result
    }
}
