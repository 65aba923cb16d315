/// Measures how deeply JSON text nests, without parsing it, so that input nested
/// past what a format needs is refused before a recursive parser sees it.
enum JSONDepth {
    /// The offset of the first `[` or `{` (outside strings) that opens level
    /// `limit + 1`, or `nil` when the text never nests deeper than `limit`.
    ///
    /// - Complexity: O(n), one pass, no allocation.
    static func firstOffset(deeperThan limit: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        var depth = 0
        var inString = false, escaped = false
        for i in 0..<bytes.count {
            let b = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return i }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return nil
    }
}
