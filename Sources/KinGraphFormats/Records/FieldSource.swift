import KinGraphCore

/// Where `RecordDecoder` gets one record's raw values: a CSV row or a JSON object.
/// Each form reports its own type errors (a JSON number where text belongs) and
/// knows how to name the place of a field.
protocol FieldSource {
    /// The value of `field` as text; `nil` when absent or empty.
    mutating func text(_ field: Field) -> String?
    /// The value of `field` without leading and trailing white space; `nil` when
    /// absent or blank. (Ids, kinds and dates are read this way.)
    mutating func trimmedText(_ field: Field) -> String?
    /// The items of a list field, empty strings left out; `[]` when absent.
    mutating func list(_ field: Field) -> [String]
    /// The items of the `sources` field, as `list(.sources)`.
    mutating func sources() -> SourceList
    /// The value of a boolean field; `nil` when absent.
    mutating func flag(_ field: Field) -> Bool?
    /// Calls `body` with the UTF-8 bytes of `trimmedText(field)`, without making a
    /// string when the form can avoid it; `nil` when absent or blank.
    mutating func withTrimmedBytes<R>(_ field: Field, _ body: (UnsafeRawBufferPointer) -> R) -> R?
    /// Records a problem with `field` (or with the whole record) of the current record.
    mutating func report(_ severity: Problem.Severity, _ field: Field?, recordID: String?, _ message: String)
}

extension FieldSource {
    mutating func sources() -> SourceList { SourceList(list(.sources)) }

    mutating func trimmedText(_ field: Field) -> String? { trimmed(text(field)) }

    mutating func withTrimmedBytes<R>(_ field: Field, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard var text = trimmedText(field) else { return nil }
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}
