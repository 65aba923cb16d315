/// A date as testimonies give it: the EDTF subset of ARCHIVE.md.
///
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each optionally followed by `?` (uncertain) or
/// `~` (approximate), and intervals `A/B` of those where either side may be empty
/// (`/2011`, `2015/`). A fuzzy date covers a range of days from `earliest` to
/// `latest`; an open side of an interval is `nil` (unbounded). The qualifiers are
/// kept but do not move the bounds.
///
///     let d = try FuzzyDate(parsing: "2013-04~")
///     d.earliest  // 2013-04-01
///     d.latest    // 2013-04-30
///     d.compare(to: Day(year: 2011, month: 12, day: 17)!)  // .after
public struct FuzzyDate: Sendable, Hashable, CustomStringConvertible {
    /// The text exactly as written in the archive; writing it back is lossless.
    public let text: String
    /// First day the date can be; `nil` for an open start (`/2011`).
    public let earliest: Day?
    /// Last day the date can be; `nil` for an open end (`2015/`).
    public let latest: Day?
    /// `true` when any part carries `?`.
    public let isUncertain: Bool
    /// `true` when any part carries `~`.
    public let isApproximate: Bool

    public var description: String { text }

    /// Where a fuzzy date lies relative to a day.
    public enum Comparison: String, Sendable {
        /// Every day of the date is before the day.
        case before
        /// Every day of the date is on or after the day.
        case after
        /// The date straddles the day, or is open on the side that matters.
        case uncertain
    }

    /// Compares with `day`: `before` when the latest day is before it, `after` when
    /// the earliest day is on or after it, otherwise `uncertain`.
    public func compare(to day: Day) -> Comparison {
        if let latest, latest < day { return .before }
        if let earliest, earliest >= day { return .after }
        return .uncertain
    }

    /// Why a text is not a fuzzy date.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String {
            "'\(text)' is not a date: \(reason) (use YYYY, YYYY-MM or YYYY-MM-DD, optionally with ? or ~, or an interval A/B)"
        }
    }

    /// A date whose bounds a reader worked out itself (a fast path for the plain
    /// forms); it must equal `FuzzyDate(parsing: text)`.
    package init(text: String, earliest: Day?, latest: Day?, isUncertain: Bool, isApproximate: Bool) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
        self.isUncertain = isUncertain
        self.isApproximate = isApproximate
    }

    /// Parses the EDTF subset; throws `ParseError` naming what is wrong.
    public init(parsing text: String) throws(ParseError) {
        self.text = text
        let bytes = Array(text.utf8)
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            let left = bytes[..<slash]
            let right = bytes[(slash + 1)...]
            if left.isEmpty && right.isEmpty {
                throw ParseError(text: text, reason: "an interval needs at least one side")
            }
            let a = left.isEmpty ? nil : try FuzzyDate.parseSingle(left, text)
            let b = right.isEmpty ? nil : try FuzzyDate.parseSingle(right, text)
            if let a, let b, a.earliest > b.latest {
                throw ParseError(text: text, reason: "the interval ends before it starts")
            }
            earliest = a?.earliest
            latest = b?.latest
            isUncertain = (a?.uncertain ?? false) || (b?.uncertain ?? false)
            isApproximate = (a?.approximate ?? false) || (b?.approximate ?? false)
        } else {
            let single = try FuzzyDate.parseSingle(bytes[...], text)
            earliest = single.earliest
            latest = single.latest
            isUncertain = single.uncertain
            isApproximate = single.approximate
        }
    }

    private struct Single {
        var earliest: Day
        var latest: Day
        var uncertain: Bool
        var approximate: Bool
    }

    private static func parseSingle(_ input: ArraySlice<UInt8>, _ text: String) throws(ParseError) -> Single {
        var part = input
        var uncertain = false
        var approximate = false
        // EDTF allows `?`, `~` or `%` (both); accept either order of ? and ~.
        while let last = part.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "~") || last == UInt8(ascii: "%") {
            if last == UInt8(ascii: "?") || last == UInt8(ascii: "%") { uncertain = true }
            if last == UInt8(ascii: "~") || last == UInt8(ascii: "%") { approximate = true }
            part = part.dropLast()
        }
        let fields = part.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count) else {
            throw ParseError(text: text, reason: "expected year, year-month or year-month-day")
        }
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (i, field) in fields.enumerated() {
            guard field.count == widths[i], field.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                throw ParseError(
                    text: text,
                    reason: i == 0 ? "the year must have four digits" : "month and day must have two digits")
            }
            numbers.append(field.reduce(0) { $0 * 10 + Int($1 - 48) })
        }
        let year = numbers[0]
        guard year >= 1 else { throw ParseError(text: text, reason: "year 0000 does not exist") }
        switch numbers.count {
        case 1:
            guard let a = Day(year: year, month: 1, day: 1), let b = Day(year: year, month: 12, day: 31) else {
                throw ParseError(text: text, reason: "year out of range")
            }
            return Single(earliest: a, latest: b, uncertain: uncertain, approximate: approximate)
        case 2:
            let month = numbers[1]
            guard (1...12).contains(month), let a = Day(year: year, month: month, day: 1),
                let b = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
            else { throw ParseError(text: text, reason: "month \(numbers[1]) does not exist") }
            return Single(earliest: a, latest: b, uncertain: uncertain, approximate: approximate)
        default:
            guard (1...12).contains(numbers[1]) else {
                throw ParseError(text: text, reason: "month \(numbers[1]) does not exist")
            }
            guard let d = Day(year: year, month: numbers[1], day: numbers[2]) else {
                throw ParseError(text: text, reason: "day \(numbers[2]) does not exist in that month")
            }
            return Single(earliest: d, latest: d, uncertain: uncertain, approximate: approximate)
        }
    }
}

extension FuzzyDate: Comparable {
    /// Orders by earliest day (open start first), then latest day (open end last),
    /// then text, so sorting is total and deterministic.
    public static func < (a: FuzzyDate, b: FuzzyDate) -> Bool {
        let ae = a.earliest?.ordinal ?? Int32.min, be = b.earliest?.ordinal ?? Int32.min
        if ae != be { return ae < be }
        let al = a.latest?.ordinal ?? Int32.max, bl = b.latest?.ordinal ?? Int32.max
        if al != bl { return al < bl }
        return a.text < b.text
    }
}

extension FuzzyDate: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}
