/// A growing buffer of CSV bytes, filled one cell at a time without building strings.
///
/// Cells written with `append(_:)` must already be valid CSV (quoted where they hold
/// a comma, quote or line break); `appendQuoted(_:)` quotes any text as RFC 4180 says.
struct CSVByteBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func append(_ cell: [UInt8]) { bytes.append(contentsOf: cell) }

    @inline(__always) mutating func append(ascii: Unicode.Scalar) { bytes.append(UInt8(ascii: ascii)) }

    @inline(__always) mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    @inline(__always) mutating func endRow() { bytes.append(UInt8(ascii: "\n")) }

    /// `prefix` then `number` in decimal, zero-padded to `width` digits (`P-00042`).
    mutating func append(id prefix: [UInt8], _ number: Int, width: Int) {
        bytes.append(contentsOf: prefix)
        appendDecimal(number, width: width)
    }

    /// `value` in decimal, zero-padded to at least `width` digits; `value` ≥ 0.
    mutating func appendDecimal(_ value: Int, width: Int = 1) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = value
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[count] = UInt8(48 + v % 10)
                v /= 10
                count += 1
            } while v > 0
            while count < width && count < 20 {
                raw[count] = 48
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[i]) }
        }
    }

    /// `text` as one CSV cell, quoted (and its quotes doubled) when it holds a comma,
    /// a quote or a line break.
    mutating func appendQuoted(_ text: some StringProtocol) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for b in utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
    }

    /// Number of decimal digits of `value` (≥ 0).
    static func digits(_ value: Int) -> Int {
        var v = value
        var n = 1
        while v >= 10 {
            v /= 10
            n += 1
        }
        return n
    }
}
