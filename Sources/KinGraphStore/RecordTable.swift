import GRDB
import KinGraphCore
import KinGraphFormats

/// How each record kind sits in its table: the columns, a record's values for
/// them, and a record read back from a row (`row` first, then the columns).
package enum RecordTable {
    /// The table's name: the kind's section (`people`).
    package static func name(_ kind: RecordKind) -> String { kind.section }

    /// The columns after `row`, in the archive's field order, quoted for SQL.
    package static func columns(_ kind: RecordKind) -> [String] {
        RecordObjects.fieldNames(kind).map { "\"\($0)\"" }
    }

    /// `SELECT row, … FROM table` (add `WHERE …`).
    package static func select(_ kind: RecordKind) -> String {
        "SELECT row, " + columns(kind).joined(separator: ", ") + " FROM \(name(kind))"
    }

    /// The values of `record` for `columns(kind)`; `nil` for an absent value.
    package static func values(_ record: DecodedRecord) -> [DatabaseValueConvertible?] {
        func text(_ value: String?) -> DatabaseValueConvertible? { value.flatMap { $0.isEmpty ? nil : $0 } }
        func list(_ items: [String]) -> DatabaseValueConvertible? { items.isEmpty ? nil : ListText.encode(items) }
        switch record {
        case .source(let s): return [s.id, s.kind.rawValue, text(s.date?.text), text(s.title)]
        case .person(let p):
            return [
                p.id, p.name, text(p.hangul), list(p.aliases), text(p.sex?.rawValue), text(p.born?.text), text(p.home),
                text(p.status?.rawValue), p.isProtected ? 1 : 0, ListText.encode(p.sources),
            ]
        case .tie(let t): return [t.from, t.to, t.kind.rawValue, text(t.confidence?.rawValue), ListText.encode(t.sources)]
        case .event(let e):
            return [
                e.id, e.person, e.kind.rawValue, text(e.date?.text), text(e.place), text(e.country), text(e.agency),
                text(e.facility), text(e.reason?.rawValue), text(e.caseID), text(e.confidence?.rawValue),
                ListText.encode(e.sources),
            ]
        case .link(let l): return [l.cause, l.effect, l.kind.rawValue, text(l.confidence?.rawValue), ListText.encode(l.sources)]
        }
    }

    /// Inserts `record` at the end of its table; gives its row.
    static func insert(_ record: DecodedRecord, _ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: insertSQL[record.kind.rawValue]).execute(arguments: StatementArguments(values(record)))
        return db.lastInsertedRowID
    }

    /// `INSERT INTO table (…) VALUES (?, …)` of each kind, by raw value.
    private static let insertSQL: [String] = RecordKind.allCases.map { kind in
        let marks = Array(repeating: "?", count: columns(kind).count).joined(separator: ", ")
        return "INSERT INTO \(name(kind)) (\(columns(kind).joined(separator: ", "))) VALUES (\(marks))"
    }

    /// Replaces the values of row `row` by `record`'s.
    static func update(_ record: DecodedRecord, row: Int64, _ db: Database) throws {
        let kind = record.kind
        let sets = columns(kind).map { "\($0) = ?" }.joined(separator: ", ")
        try db.cachedStatement(sql: "UPDATE \(name(kind)) SET \(sets) WHERE row = ?")
            .execute(arguments: StatementArguments(values(record) + [row]))
    }

    /// Deletes row `row` of `kind`'s table.
    static func delete(_ kind: RecordKind, row: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM \(name(kind)) WHERE row = ?").execute(arguments: [row])
    }
}

/// Reads records from rows as `RecordTable.select` gives them, reporting what
/// cannot be read (a value written into the database by another program).
package struct RowDecoder {
    /// Problems met, with the row they are in.
    package var problems: [(kind: RecordKind, row: Int64, field: String, message: String)] = []
    /// `true` while every record decoded cited sources, all of them known (see
    /// `init(knownSources:)`; never without them): the validator need not check these
    /// records' sources.
    package private(set) var everySourceKnown: Bool
    /// Lists repeat (many records cite the same sources): shared, see `SharedLists`.
    private var lists: SharedLists
    /// Home towns, places, agencies and titles repeat too (see `SharedTexts`).
    private var texts = SharedTexts()

    /// A decoder; `knownSources` are the archive's source ids, read first, which the
    /// records' sources are checked against.
    package init(knownSources: IDTable? = nil) {
        lists = SharedLists(known: knownSources)
        everySourceKnown = knownSources != nil
    }

    package mutating func decode(_ kind: RecordKind, _ s: some RowCells) -> DecodedRecord? {
        switch kind {
        case .source: return source(s).map(DecodedRecord.source)
        case .person: return person(s).map(DecodedRecord.person)
        case .tie: return tie(s).map(DecodedRecord.tie)
        case .event: return event(s).map(DecodedRecord.event)
        case .link: return link(s).map(DecodedRecord.link)
        }
    }

    /// Decodes `s` as a record of `kind` and appends it to `archive` (nothing when it
    /// cannot be read). Concrete, so compiled for `BufferCells` here.
    package mutating func append(_ kind: RecordKind, _ s: BufferCells, to archive: inout Archive) {
        switch kind {
        case .source: if let source = source(s) { archive.sources.append(source) }
        case .person: if let person = person(s) { archive.people.append(person) }
        case .tie: if let tie = tie(s) { archive.ties.append(tie) }
        case .event: if let event = event(s) { archive.events.append(event) }
        case .link: if let link = link(s) { archive.links.append(link) }
        }
    }

    package mutating func source(_ s: some RowCells) -> Source? {
        guard let id = s.text(1), let kind = word(s, 2, .source, "kind", RecordObjects.sourceKind) else { return nil }
        return Source(id: id, kind: kind, date: date(s, 3, .source, "date"), title: shared(s, 4))
    }

    package mutating func person(_ s: some RowCells) -> Person? {
        guard let id = s.text(1), let name = s.text(2) else { return nil }
        return Person(
            id: id, name: name, hangul: s.text(3), aliases: list(s, 4, .person, "aliases"),
            sex: optionalWord(s, 5, .person, "sex", RecordObjects.sex), born: date(s, 6, .person, "born"), home: shared(s, 7),
            status: optionalWord(s, 8, .person, "status", RecordObjects.status), isProtected: s.int(9) != 0,
            sources: sources(s, .person))
    }

    package mutating func tie(_ s: some RowCells) -> Tie? {
        guard let from = s.text(1), let to = s.text(2), let kind = word(s, 3, .tie, "kind", RecordObjects.tieKind) else { return nil }
        return Tie(from: from, to: to, kind: kind, confidence: optionalWord(s, 4, .tie, "confidence", RecordObjects.confidence), sources: sources(s, .tie))
    }

    package mutating func event(_ s: some RowCells) -> Event? {
        guard let id = s.text(1), let person = s.text(2), let kind = word(s, 3, .event, "kind", RecordObjects.eventKind) else { return nil }
        return Event(
            id: id, person: person, kind: kind, date: date(s, 4, .event, "date"), place: shared(s, 5), country: s.text(6),
            agency: shared(s, 7), facility: shared(s, 8), reason: optionalWord(s, 9, .event, "reason", RecordObjects.reason), caseID: s.text(10),
            confidence: optionalWord(s, 11, .event, "confidence", RecordObjects.confidence), sources: sources(s, .event))
    }

    package mutating func link(_ s: some RowCells) -> Link? {
        guard let cause = s.text(1), let effect = s.text(2), let kind = word(s, 3, .link, "kind", RecordObjects.linkKind) else { return nil }
        return Link(
            cause: cause, effect: effect, kind: kind, confidence: optionalWord(s, 4, .link, "confidence", RecordObjects.confidence),
            sources: sources(s, .link))
    }

    /// A text that repeats across records, shared with the records that have the same.
    private mutating func shared(_ s: some RowCells, _ column: Int32) -> String? {
        s.withBytes(column) { bytes in texts.text(bytes) }
    }

    private mutating func word<V: RawRepresentable & CaseIterable>(
        _ s: some RowCells, _ column: Int32, _ kind: RecordKind, _ field: String, _ read: (UnsafeRawBufferPointer) -> V?
    ) -> V? where V.RawValue == String {
        if let value = optionalWord(s, column, kind, field, read) { return value }
        if s.text(column) == nil { report(s, kind, field, "missing \(field)") }
        return nil
    }

    private mutating func optionalWord<V: RawRepresentable & CaseIterable>(
        _ s: some RowCells, _ column: Int32, _ kind: RecordKind, _ field: String, _ read: (UnsafeRawBufferPointer) -> V?
    ) -> V? where V.RawValue == String {
        guard let found = s.withBytes(column, read) else { return nil }
        if let found { return found }
        let expected = V.allCases.map(\.rawValue).joined(separator: ", ")
        report(s, kind, field, "unknown \(field) '\(s.text(column) ?? "")'; expected one of \(expected)")
        return nil
    }

    private mutating func date(_ s: some RowCells, _ column: Int32, _ kind: RecordKind, _ field: String) -> FuzzyDate? {
        guard let plain = s.withBytes(column, { RecordObjects.plainDate($0) }) else { return nil }
        if let plain { return plain }
        guard let text = s.text(column) else { return nil }
        do {
            return try FuzzyDate(parsing: text)
        } catch {
            report(s, kind, field, "\(field) \(error.description)")
            return nil
        }
    }

    /// The column `kind`'s `sources` is read from (`nil` for sources, which have none).
    private static func sourcesColumn(_ kind: RecordKind) -> Int32? {
        switch kind {
        case .source: return nil
        case .person: return 10
        case .tie, .link: return 5
        case .event: return 12
        }
    }

    /// The record's sources; a list not all of whose items are known clears
    /// `everySourceKnown`.
    private mutating func sources(_ s: some RowCells, _ kind: RecordKind) -> SourceList {
        guard let column = Self.sourcesColumn(kind) else { return [] }
        let (items, isKnown) = sharedList(s, column, kind, "sources")
        if !isKnown { everySourceKnown = false }
        return items
    }

    private mutating func list(_ s: some RowCells, _ column: Int32, _ kind: RecordKind, _ field: String) -> [String] {
        sharedList(s, column, kind, field).items.array
    }

    /// The list in `column` (empty when there is none), and whether every item of it
    /// is a known source.
    private mutating func sharedList(
        _ s: some RowCells, _ column: Int32, _ kind: RecordKind, _ field: String
    ) -> (items: SourceList, isKnown: Bool) {
        guard let found = s.withBytes(column, { bytes in lists.value(for: bytes) { ListText.decode($0) } }) else {
            return ([], false)
        }
        guard let found else {
            report(s, kind, field, "\(field) is not a JSON list of strings")
            return ([], false)
        }
        return (found.list, found.isKnown)
    }

    private mutating func report(_ s: some RowCells, _ kind: RecordKind, _ field: String, _ message: String) {
        problems.append((kind, s.int(0), field, message))
    }
}
