import KinGraphCore

/// Records to and from field objects (`[String: Any]` as `JSONSerialization` gives
/// them: strings, lists of strings, booleans), for stores that take one record at
/// a time. Decoding goes through the readers' own `RecordDecoder`, so a bad value
/// gets the same message as in a JSON or CSV archive.
package enum RecordObjects {
    /// The field names of `kind`, in their written order.
    package static func fieldNames(_ kind: RecordKind) -> [String] { kind.fields.map(\.name) }

    /// The fields `kind` cannot lack (`sources` aside).
    package static func requiredFieldNames(_ kind: RecordKind) -> [String] { kind.requiredFields.map(\.name) }

    /// The record of `kind` that `object` spells, or `nil` with every problem; the
    /// problems' places are `place` followed by `.field`.
    package static func decode(_ kind: RecordKind, _ object: [String: Any], place: String) -> (
        record: DecodedRecord?, problems: [Problem]
    ) {
        var source = JSONObjectSource(object: object, path: place, order: (0, 0))
        var decoder = RecordDecoder()
        let record: DecodedRecord?
        switch kind {
        case .source: record = decoder.source(&source).map(DecodedRecord.source)
        case .person: record = decoder.person(&source).map(DecodedRecord.person)
        case .tie: record = decoder.tie(&source).map(DecodedRecord.tie)
        case .event: record = decoder.event(&source).map(DecodedRecord.event)
        case .link: record = decoder.link(&source).map(DecodedRecord.link)
        }
        let unknown = object.keys.filter { Field(name: $0).map { !kind.fields.contains($0) } ?? true }.sorted()
        var problems = source.findings.map(\.problem)
        for name in unknown {
            let known = kind.fields.map(\.name).joined(separator: ", ")
            problems.append(
                Problem(.error, place: "\(place).\(name)", message: "a \(kind.noun) has no field '\(name)'; its fields are \(known)"))
        }
        return (problems.contains(where: \.isError) ? nil : record, problems)
    }

    /// The fields of `record` that have a value, in written order: `String`,
    /// `[String]`, or `true` for `protected`.
    package static func fields(_ record: DecodedRecord) -> [(name: String, value: FieldContent)] {
        let values: [FieldValue?]
        switch record {
        case .source(let source): values = RecordEncoding.values(source)
        case .person(let person): values = RecordEncoding.values(person)
        case .tie(let tie): values = RecordEncoding.values(tie)
        case .event(let event): values = RecordEncoding.values(event)
        case .link(let link): values = RecordEncoding.values(link)
        }
        var result: [(name: String, value: FieldContent)] = []
        for (field, value) in zip(record.kind.fields, values) {
            switch value {
            case .text(let text): result.append((field.name, .text(text)))
            case .list(let items): result.append((field.name, .list(items)))
            case .flag(let flag): result.append((field.name, .flag(flag)))
            case nil: continue
            }
        }
        return result
    }

    /// `text` as a JSON string literal (`"Kim \"Chol\""`), as the exchange writers quote it.
    package static func jsonString(_ text: String) -> String { FtMEntity.quote(text) }

    /// The plain date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` with `?~%`) `bytes` spell,
    /// read without making a string; `nil` for anything else.
    package static func plainDate(_ bytes: UnsafeRawBufferPointer) -> FuzzyDate? { PlainDate.parse(bytes) }

    /// The words of the closed vocabularies `bytes` spell exactly, read without
    /// making a string; `nil` for anything else.
    package static func sourceKind(_ bytes: UnsafeRawBufferPointer) -> SourceKind? { SourceKind.wordTable.word(bytes) }
    package static func sex(_ bytes: UnsafeRawBufferPointer) -> Sex? { Sex.wordTable.word(bytes) }
    package static func status(_ bytes: UnsafeRawBufferPointer) -> PersonStatus? { PersonStatus.wordTable.word(bytes) }
    package static func tieKind(_ bytes: UnsafeRawBufferPointer) -> TieKind? { TieKind.wordTable.word(bytes) }
    package static func eventKind(_ bytes: UnsafeRawBufferPointer) -> EventKind? { EventKind.wordTable.word(bytes) }
    package static func reason(_ bytes: UnsafeRawBufferPointer) -> Reason? { Reason.wordTable.word(bytes) }
    package static func linkKind(_ bytes: UnsafeRawBufferPointer) -> LinkKind? { LinkKind.wordTable.word(bytes) }
    package static func confidence(_ bytes: UnsafeRawBufferPointer) -> Confidence? { Confidence.wordTable.word(bytes) }
}

/// One field's value as a store writes it.
package enum FieldContent: Equatable, Sendable {
    case text(String)
    case list([String])
    case flag(Bool)
}

/// A record of any kind.
package enum DecodedRecord: Sendable, Hashable {
    case source(Source)
    case person(Person)
    case tie(Tie)
    case event(Event)
    case link(Link)

    package var kind: RecordKind {
        switch self {
        case .source: return .source
        case .person: return .person
        case .tie: return .tie
        case .event: return .event
        case .link: return .link
        }
    }
}

extension ArchiveReader {
    /// Validates records a store read (they are well-formed, having been written by
    /// KinGraph) and gives them as a loaded archive, or `.invalid` with every
    /// problem; `place` names where a record (and field) is in the store.
    /// `sourcesChecked` are the kinds whose every record the reader found citing
    /// sources that exist (a stage input of `ArchiveValidator.check`).
    ///
    /// - Complexity: O(size of the archive).
    package static func judge(
        records archive: Archive, form: ArchiveForm, sourcesChecked: Set<RecordKind> = [],
        place: @escaping (RecordRef, String?) -> String
    ) throws(ArchiveLoadError) -> LoadedArchive {
        let read = ReadResult(
            archive: archive, findings: [], skipped: ArchiveValidator.SkippedIDs(), sourcesChecked: sourcesChecked,
            locate: { record, field in ((record.kind.rawValue, record.index), place(record, field)) })
        return try judge(read, form: form)
    }
}
