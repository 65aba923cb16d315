/// Finds delimiters in bytes eight at a time (SWAR), for the readers that split text
/// on a few byte values: the CSV scanner (comma, LF, CR) and the PostgreSQL chunks
/// (U+001E, U+001F).
package enum ByteSearch {
    /// The offset of the first byte at or after `start` that is `a`, `b` or `c` (give
    /// one twice for two), or the end of `bytes`.
    ///
    /// - Complexity: O(bytes searched), eight a step: XOR-ing a word with a byte
    ///   repeated makes that byte's places, and only them, zero; the classic test
    ///   (`(w - 0x01…) & ~w & 0x80…`) marks the first zero byte exactly (a borrow only
    ///   reaches bytes after it), so the lowest mark of the three tests is the first
    ///   match (the word read little-endian).
    @inlinable @inline(__always)
    package static func first(
        _ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int
    ) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let n = bytes.count
        var at = start
        while at + 8 <= n {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            let (x, y, z) = (word ^ (ones &* UInt64(a)), word ^ (ones &* UInt64(b)), word ^ (ones &* UInt64(c)))
            let found = ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
            if found != 0 { return at + (found.trailingZeroBitCount >> 3) }
            at += 8
        }
        while at < n {
            let byte = bytes[at]
            if byte == a || byte == b || byte == c { break }
            at += 1
        }
        return at
    }
}
