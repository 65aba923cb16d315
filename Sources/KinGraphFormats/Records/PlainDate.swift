import KinGraphCore

/// The plain forms of a fuzzy date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each with any
/// `?`, `~`, `%` after it) read straight from bytes, with no table and no
/// allocation but the text itself. Anything else (intervals, mistakes) is left to
/// `FuzzyDate(parsing:)`, which says what is wrong.
enum PlainDate {
    /// The date `bytes` spell, when they are in a plain form and valid; the same
    /// value `FuzzyDate(parsing:)` gives for them.
    ///
    /// - Complexity: O(length of `bytes`).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> FuzzyDate? {
        var end = bytes.count
        var uncertain = false, approximate = false
        qualifiers: while end > 0 {
            switch bytes[end - 1] {
            case UInt8(ascii: "?"): uncertain = true
            case UInt8(ascii: "~"): approximate = true
            case UInt8(ascii: "%"):
                uncertain = true
                approximate = true
            default: break qualifiers
            }
            end -= 1
        }
        guard end == 4 || end == 7 || end == 10, let year = number(bytes, 0, 4), year >= 1 else { return nil }
        let earliest: Day, latest: Day
        if end == 4 {
            guard let a = Day(year: year, month: 1, day: 1), let b = Day(year: year, month: 12, day: 31) else { return nil }
            (earliest, latest) = (a, b)
        } else {
            guard bytes[4] == UInt8(ascii: "-"), let month = number(bytes, 5, 2), (1...12).contains(month) else { return nil }
            if end == 7 {
                guard let a = Day(year: year, month: month, day: 1),
                    let b = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
                else { return nil }
                (earliest, latest) = (a, b)
            } else {
                guard bytes[7] == UInt8(ascii: "-"), let day = number(bytes, 8, 2),
                    let d = Day(year: year, month: month, day: day)
                else { return nil }
                (earliest, latest) = (d, d)
            }
        }
        return FuzzyDate(
            text: String(decoding: bytes, as: UTF8.self), earliest: earliest, latest: latest, isUncertain: uncertain,
            isApproximate: approximate)
    }

    /// The decimal number of the `count` bytes from `start`, when all are digits.
    @inline(__always)
    private static func number(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            let digit = bytes[i] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
