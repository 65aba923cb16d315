/// One thing wrong (or doubtful) in an archive: where it is, which record, and what.
///
///     people.csv:14 (P-0042): unknown status 'missing'; expected one of unknown, at-large, …
///     links[2] (E-0007): warning: cause E-0007 (2014-05) is dated after its effect E-0009 (2014-03)
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// Errors make an archive invalid; warnings are shown but do not fail.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where the problem is: `people.csv:14` (CSV file and line), `people[3].born`
    /// (JSON path), or a file name for problems with a whole file.
    public var place: String
    /// The id of the record concerned, when it has one.
    public var recordID: String?
    /// What is wrong, in plain words.
    public var message: String
    /// The record the problem is about, as found by `ArchiveValidator` (kind and
    /// index into the archive's arrays); `nil` for problems found while reading.
    public var record: RecordRef?
    /// The field concerned (`born`, `sources`, …), when one is.
    public var field: String?

    public init(
        _ severity: Severity, place: String, recordID: String? = nil, message: String,
        record: RecordRef? = nil, field: String? = nil
    ) {
        self.severity = severity
        self.place = place
        self.recordID = recordID
        self.message = message
        self.record = record
        self.field = field
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        var text = place
        if let recordID { text += " (\(recordID))" }
        text += severity == .warning ? ": warning: " : ": "
        return text + message
    }
}

extension Array where Element == Problem {
    /// "2 errors, 1 warning"; "1 error"; "1 warning" (zero warnings are not mentioned).
    public var summary: String {
        let errors = lazy.filter(\.isError).count
        let warnings = count - errors
        if warnings == 0 { return Problem.plural(errors, "error") }
        if errors == 0 { return Problem.plural(warnings, "warning") }
        return Problem.plural(errors, "error") + ", " + Problem.plural(warnings, "warning")
    }
}

extension Problem {
    /// "1 error", "3 errors".
    public static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
