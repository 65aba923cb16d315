import KinGraphCore

/// Maps a GEDCOM date value (5.5.1 or 7.0) to the EDTF subset of ARCHIVE.md.
///
/// | GEDCOM | EDTF |
/// | --- | --- |
/// | `12 MAR 1950`, `MAR 1950`, `1950` | `1950-03-12`, `1950-03`, `1950` |
/// | `ABT`/`CAL`/`EST 1950` | `1950~` |
/// | `BEF 1950` / `AFT 1950` | `/1950` / `1950/` (bounds included) |
/// | `BET 1950 AND 1955`, `FROM 1950 TO 1955` | `1950/1955` |
/// | `FROM 1950` / `TO 1955` | `1950/` / `/1955` |
/// | `INT 1950 (…)` | `1950?` |
///
/// Month names may be GEDCOM's three letters or English in full, in any case;
/// `1699/00` dual years read as the later (Gregorian) year; Julian dates with a day
/// are converted to the Gregorian day. Date phrases, B.C. dates, Hebrew and French
/// republican calendars are not dates KinGraph can hold: each gives a reason.
enum GEDCOMDate {
    /// The EDTF text for `value`, or why there is none.
    static func edtf(_ value: String) -> Result<String, GEDCOMLine.Problem> {
        var tokens = value.uppercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            .map { String($0) }
        if tokens.isEmpty { return .failure(.init("the date is empty")) }
        if tokens[0].hasPrefix("(") { return .failure(.init("'\(value)' is a date phrase, not a date")) }
        if let paren = tokens.firstIndex(where: { $0.hasPrefix("(") }) { tokens.removeSubrange(paren...) }
        let text: String
        switch tokens[0].trimmingCharacters(in: ".") {
        case "FROM":
            if let to = tokens.firstIndex(of: "TO") {
                guard case .success(let a) = single(Array(tokens[1..<to])), case .success(let b) = single(Array(tokens[(to + 1)...])) else {
                    return .failure(.init("'\(value)' is not a GEDCOM date"))
                }
                text = a + "/" + b
            } else {
                guard case .success(let a) = single(Array(tokens.dropFirst())) else { return .failure(.init("'\(value)' is not a GEDCOM date")) }
                text = a + "/"
            }
        case "BET", "BETWEEN", "BTW":
            guard let and = tokens.firstIndex(where: { $0 == "AND" || $0 == "&" || $0 == "-" }),
                case .success(let a) = single(Array(tokens[1..<and])), case .success(let b) = single(Array(tokens[(and + 1)...]))
            else { return .failure(.init("'\(value)' is not a GEDCOM date (BET date AND date)")) }
            text = a + "/" + b
        case "TO", "BEF", "BEFORE":
            guard case .success(let b) = single(Array(tokens.dropFirst())) else { return .failure(.init("'\(value)' is not a GEDCOM date")) }
            text = "/" + b
        case "AFT", "AFTER":
            guard case .success(let a) = single(Array(tokens.dropFirst())) else { return .failure(.init("'\(value)' is not a GEDCOM date")) }
            text = a + "/"
        case "ABT", "ABOUT", "CAL", "EST", "CIRCA", "CA", "C", "APPROX":
            switch single(Array(tokens.dropFirst())) {
            case .success(let a): text = a + "~"
            case .failure(let p): return .failure(p)
            }
        case "INT":
            switch single(Array(tokens.dropFirst())) {
            case .success(let a): text = a + "?"
            case .failure(let p): return .failure(p)
            }
        default:
            switch single(tokens) {
            case .success(let a): text = a
            case .failure(let p): return .failure(p)
            }
        }
        do {
            _ = try FuzzyDate(parsing: text)
        } catch {
            return .failure(.init("'\(value)' gives \(text), which is not a valid date: \(error.reason)"))
        }
        return .success(text)
    }

    /// One date: `[calendar] [[day] month] year`.
    private static func single(_ input: [String]) -> Result<String, GEDCOMLine.Problem> {
        var tokens = input
        var julian = false
        if let first = tokens.first {
            switch first {
            case "@#DGREGORIAN@", "GREGORIAN": tokens.removeFirst()
            case "@#DJULIAN@", "JULIAN":
                julian = true
                tokens.removeFirst()
            case "@#DHEBREW@", "HEBREW", "@#DFRENCH", "FRENCH_R", "@#DROMAN@", "@#DUNKNOWN@":
                return .failure(.init("the \(first) calendar is not supported (only Gregorian and Julian dates are)"))
            default: break
            }
        }
        if let last = tokens.last, ["B.C.", "BC", "BCE", "B.C"].contains(last) {
            return .failure(.init("dates before the year 1 are not supported"))
        }
        // ISO written by some programs: 1950-03-12
        if tokens.count == 1, tokens[0].contains("-"), (try? FuzzyDate(parsing: tokens[0])) != nil {
            return .success(tokens[0])
        }
        guard (1...3).contains(tokens.count), let year = Self.year(tokens[tokens.count - 1]) else {
            return .failure(.init("'\(input.joined(separator: " "))' is not a GEDCOM date"))
        }
        let y = pad(year, 4)
        if tokens.count == 1 { return .success(y) }
        guard let month = Self.month(tokens[tokens.count - 2]) else {
            return .failure(.init("'\(tokens[tokens.count - 2])' is not a month (JAN … DEC)"))
        }
        if tokens.count == 2 { return .success(y + "-" + pad(month, 2)) }
        guard let day = Int(tokens[0]), Day(year: year, month: month, day: day) != nil || julian else {
            return .failure(.init("'\(input.joined(separator: " "))' is not a day that exists"))
        }
        if julian {
            guard let gregorian = julianToGregorian(year: year, month: month, day: day) else {
                return .failure(.init("'\(input.joined(separator: " "))' is not a Julian day that exists"))
            }
            return .success(gregorian.description)
        }
        return .success(y + "-" + pad(month, 2) + "-" + pad(day, 2))
    }

    /// A year of one to four digits, or a dual year `1699/00` (the later year).
    private static func year(_ token: String) -> Int? {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...4).contains(first.count), let y = Int(first), y >= 1 else { return nil }
        if parts.count == 1 { return y }
        guard parts.count == 2, let second = Int(parts[1]) else { return nil }
        if parts[1].count == 4 { return second }
        guard parts[1].count == 2 else { return nil }
        let later = y / 100 * 100 + second
        return later > y ? later : later + 100
    }

    private static let months = [
        "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11,
        "DEC": 12, "JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "JUNE": 6, "JULY": 7, "AUGUST": 8,
        "SEPT": 9, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12,
    ]

    private static func month(_ token: String) -> Int? {
        months[token.trimmingCharacters(in: ".")]
    }

    /// The Gregorian day for a Julian calendar date.
    static func julianToGregorian(year: Int, month: Int, day: Int) -> Day? {
        guard (1...12).contains(month), (1...(month == 2 ? (year % 4 == 0 ? 29 : 28) : Day.daysIn(month: month, year: 2001))).contains(day)
        else { return nil }
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        let jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083
        let ordinal = jdn - 2_440_588
        guard let value = Int32(exactly: ordinal) else { return nil }
        return Day(ordinal: value)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
