import KinGraphCore

/// Turns raw field values into records, the same way for every form: trims ids,
/// kinds and dates, checks closed vocabularies and dates, and reports each problem
/// through the source. A record whose required fields are missing or unreadable
/// gives `nil` (after every problem of it was reported); a bad optional value is
/// reported and left out.
struct RecordDecoder {
    /// The id of the record last decoded, when it had one (for `SkippedIDs`).
    private(set) var lastID: String?
    /// Dates other than the plain forms (intervals) repeat too: parse each text once.
    private var dates = ByteKeyedTable<FuzzyDate>(limit: 1 << 16)
    private var failed = false

    mutating func source<S: FieldSource>(_ s: inout S) -> Source? {
        begin()
        let id = required(.id, &s)
        let kind: SourceKind? = vocabulary(.kind, "source kind", &s, required: true)
        let date = fuzzyDate(.date, &s)
        let title = s.text(.title)
        guard !failed, let id, let kind else { return nil }
        return Source(id: id, kind: kind, date: date, title: title)
    }

    // The values are consumed into the record (`consume`): copying them in and
    // destroying the originals took 2-3 % of a 1M CSV load.

    mutating func person<S: FieldSource>(_ s: inout S) -> Person? {
        begin()
        let id = required(.id, &s)
        let name = required(.name, &s, trim: false)
        let hangul = s.text(.hangul)
        let aliases = s.list(.aliases)
        let sex: Sex? = vocabulary(.sex, "sex", &s)
        let born = fuzzyDate(.born, &s)
        let home = s.text(.home)
        let status: PersonStatus? = vocabulary(.status, "status", &s)
        let isProtected = s.flag(.protected) ?? false
        let sources = s.sources()
        guard !failed, let id, let name else { return nil }
        return Person(
            id: consume id, name: consume name, hangul: consume hangul, aliases: consume aliases, sex: sex,
            born: consume born, home: consume home, status: status, isProtected: isProtected, sources: consume sources)
    }

    mutating func tie<S: FieldSource>(_ s: inout S) -> Tie? {
        begin()
        let from = required(.from, &s)
        let to = required(.to, &s)
        let kind: TieKind? = vocabulary(.kind, "tie kind", &s, required: true)
        let confidence: Confidence? = vocabulary(.confidence, "confidence", &s)
        let sources = s.sources()
        guard !failed, let from, let to, let kind else { return nil }
        return Tie(from: from, to: to, kind: kind, confidence: confidence, sources: sources)
    }

    mutating func event<S: FieldSource>(_ s: inout S) -> Event? {
        begin()
        let id = required(.id, &s)
        let person = required(.person, &s)
        let kind: EventKind? = vocabulary(.kind, "event kind", &s, required: true)
        let date = fuzzyDate(.date, &s)
        let place = s.text(.place)
        let country = s.trimmedText(.country)
        let agency = s.text(.agency)
        let facility = s.text(.facility)
        let reason: Reason? = vocabulary(.reason, "reason", &s)
        let caseID = s.trimmedText(.case)
        let confidence: Confidence? = vocabulary(.confidence, "confidence", &s)
        let sources = s.sources()
        guard !failed, let id, let person, let kind else { return nil }
        return Event(
            id: consume id, person: consume person, kind: kind, date: consume date, place: consume place,
            country: consume country, agency: consume agency, facility: consume facility, reason: reason,
            caseID: consume caseID, confidence: confidence, sources: consume sources)
    }

    mutating func link<S: FieldSource>(_ s: inout S) -> Link? {
        begin()
        let cause = required(.cause, &s)
        let effect = required(.effect, &s)
        let kind: LinkKind? = vocabulary(.kind, "link kind", &s, required: true)
        let confidence: Confidence? = vocabulary(.confidence, "confidence", &s)
        let sources = s.sources()
        guard !failed, let cause, let effect, let kind else { return nil }
        return Link(cause: cause, effect: effect, kind: kind, confidence: confidence, sources: sources)
    }

    // MARK: - Values

    private mutating func begin() {
        lastID = nil
        failed = false
    }

    /// A required text; ids and references are trimmed, names are kept as written.
    private mutating func required<S: FieldSource>(_ field: Field, _ s: inout S, trim: Bool = true) -> String? {
        let value = trim ? s.trimmedText(field) : s.text(field)
        if field == .id { lastID = value }
        guard let value else {
            failed = true
            s.report(.error, field, recordID: lastID, "missing \(field.name)")
            return nil
        }
        return value
    }

    /// A word of a closed vocabulary (kinds, status, confidence, …).
    private mutating func vocabulary<S: FieldSource, V: ByteVocabulary>(
        _ field: Field, _ what: String, _ s: inout S, required: Bool = false
    ) -> V? {
        guard let found = s.withTrimmedBytes(field, { V.wordTable.word($0) }) else {
            if required {
                failed = true
                s.report(.error, field, recordID: lastID, "missing \(field.name)")
            }
            return nil
        }
        if let value = found { return value }
        let text = s.trimmedText(field) ?? ""
        if required { failed = true }
        let expected = V.allCases.map(\.rawValue).joined(separator: ", ")
        s.report(.error, field, recordID: lastID, "unknown \(what) '\(text)'; expected one of \(expected)")
        return nil
    }

    private mutating func fuzzyDate<S: FieldSource>(_ field: Field, _ s: inout S) -> FuzzyDate? {
        guard let known = s.withTrimmedBytes(field, { PlainDate.parse($0) ?? self.dates[$0] }) else { return nil }
        if let known { return known }
        guard var text = s.trimmedText(field) else { return nil }
        do {
            let date = try FuzzyDate(parsing: text)
            text.withUTF8 { self.dates.insert(UnsafeRawBufferPointer($0), date) }
            return date
        } catch {
            s.report(.error, field, recordID: lastID, "\(field.name) \(error.description)")
            return nil
        }
    }
}

/// `text` without leading and trailing white space; `nil` when nothing is left.
func trimmed(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }),
        let end = utf8.lastIndex(where: { !isSpace($0) })
    else { return nil }
    return String(decoding: utf8[start...end], as: UTF8.self)
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}
