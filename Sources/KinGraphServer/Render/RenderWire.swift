#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The messages between the explorer and a render helper, over its standard input
/// and output. A request is a header line `FORMAT LAYOUT LENGTH` and LENGTH bytes of
/// DOT text; the answer is `ok LENGTH` and the file's bytes, or `error LENGTH` and a
/// message.
enum RenderWire {
    /// A request's bytes.
    static func request(dot: [UInt8], format: String, layout: String) -> [UInt8] {
        Array("\(format) \(layout) \(dot.count)\n".utf8) + dot
    }

    /// An answer's bytes.
    static func answer(ok: Bool, _ body: [UInt8]) -> [UInt8] {
        Array("\(ok ? "ok" : "error") \(body.count)\n".utf8) + body
    }
}

/// Reads a file descriptor a buffer at a time: header lines and counted bodies.
final class WireReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// One line without its newline; `nil` at the end of the stream (or past `limit` bytes).
    func line(limit: Int = 4096) -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let text = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return text
            }
            if buffer.count - start > limit || !fill() { return nil }
        }
    }

    /// Exactly `count` bytes; `nil` when the stream ends first.
    func bytes(_ count: Int) -> [UInt8]? {
        while buffer.count - start < count {
            if !fill() { return nil }
        }
        let out = Array(buffer[start..<start + count])
        start += count
        return out
    }

    /// Reads more; `false` at the end of the stream or on an error.
    private func fill() -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer += chunk[0..<n]
                return true
            }
            if n < 0 && errno == EINTR { continue }
            return false
        }
    }
}

/// Writes all of `bytes` to `descriptor`; `false` when the other end is gone.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if n > 0 {
            offset += n
        } else if n < 0 && errno == EINTR {
            continue
        } else {
            return false
        }
    }
    return true
}
