import KinGraphCore

/// Blurs a known day into a fuzzy date that still contains it, in every EDTF form of
/// ARCHIVE.md: day, month or year precision, `?` and `~`, closed intervals, and
/// intervals open at either end. Containing the true day keeps every link's cause
/// from being dated after its effect.
enum SyntheticDates {
    /// How often each form is written: day, month, year, uncertain, approximate,
    /// month interval, year interval, day interval, open start, open end.
    static let eventWeights = [34, 22, 12, 6, 6, 5, 4, 3, 4, 4]
    static let birthWeights = [10, 8, 50, 10, 14, 0, 5, 0, 1, 2]

    /// Appends a fuzzy date containing `day` to `out`, its form drawn from `weights`.
    static func append(_ day: Int32, weights: [Int], total: Int, to out: inout CSVByteBuffer, rng: inout SplitMix64) {
        let (y, m, d) = Day(ordinal: day).components
        switch rng.weighted(weights, total: total) {
        case 0: appendDay(y, m, d, &out)
        case 1: appendMonth(y, m, &out)
        case 2: out.appendDecimal(y, width: 4)
        case 3, 4:
            switch rng.below(3) {
            case 0: appendDay(y, m, d, &out)
            case 1: appendMonth(y, m, &out)
            default: out.appendDecimal(y, width: 4)
            }
            out.append(ascii: rng.chance(0.5) ? "?" : "~")
        case 5:
            let start = y * 12 + (m - 1) - rng.below(4)
            let end = y * 12 + (m - 1) + rng.below(4)
            appendMonth(start / 12, start % 12 + 1, &out)
            if rng.chance(0.2) { out.append(ascii: "~") }
            out.append(ascii: "/")
            appendMonth(end / 12, end % 12 + 1, &out)
        case 6:
            out.appendDecimal(y - rng.below(3), width: 4)
            out.append(ascii: "/")
            out.appendDecimal(y + rng.below(3), width: 4)
            if rng.chance(0.2) { out.append(ascii: "?") }
        case 7:
            let (y1, m1, d1) = Day(ordinal: day - Int32(rng.below(20))).components
            let (y2, m2, d2) = Day(ordinal: day + Int32(rng.below(20))).components
            appendDay(y1, m1, d1, &out)
            out.append(ascii: "/")
            appendDay(y2, m2, d2, &out)
        case 8:
            out.append(ascii: "/")
            out.appendDecimal(y + rng.below(2), width: 4)
        default:
            out.appendDecimal(y - rng.below(2), width: 4)
            out.append(ascii: "/")
        }
    }

    private static func appendMonth(_ y: Int, _ m: Int, _ out: inout CSVByteBuffer) {
        out.appendDecimal(y, width: 4)
        out.append(ascii: "-")
        out.appendDecimal(m, width: 2)
    }

    private static func appendDay(_ y: Int, _ m: Int, _ d: Int, _ out: inout CSVByteBuffer) {
        appendMonth(y, m, &out)
        out.append(ascii: "-")
        out.appendDecimal(d, width: 2)
    }
}
