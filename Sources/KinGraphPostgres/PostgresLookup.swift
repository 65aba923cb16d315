import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// The lookups a change needs (`RecordLookup`), each one indexed query on the
/// connection of the change's transaction.
final class PostgresLookup: RecordLookup {
    private let session: PostgresSession
    private var decoder = RowDecoder()

    /// The version each record had when it was read, by table and row.
    private var versions: [Key: Int64] = [:]

    private struct Key: Hashable {
        let kind: RecordKind
        let row: Int64
    }

    init(_ session: PostgresSession) { self.session = session }

    /// The version of the record at `row` when it was read; `nil` when it was not.
    func version(_ kind: RecordKind, row: Int64) -> Int64? { versions[Key(kind: kind, row: row)] }

    /// Notes that this transaction bumped the version of the record at `row`.
    func wrote(_ kind: RecordKind, row: Int64) {
        versions[Key(kind: kind, row: row)].map { versions[Key(kind: kind, row: row)] = $0 + 1 }
    }

    /// Records of `kind` matching `condition` (SQL after WHERE, `$1`… for `values`), in row order.
    func fetch(_ kind: RecordKind, _ condition: String, _ values: [String]) throws -> [StoredRecord] {
        let sql = PostgresSchema.select(kind, extra: ", version::text AS version_text") + " WHERE " + condition + " ORDER BY \"row\""
        let rows = try session.rows(sql, values)
        let versionColumn = Int32(RecordTable.columns(kind).count + 1)
        var found: [StoredRecord] = []
        for row in rows {
            let cells = PostgresCells(row)
            if let record = decoder.decode(kind, cells) { found.append(StoredRecord(row: cells.int(0), record: record)) }
            versions[Key(kind: kind, row: cells.int(0))] = cells.int(versionColumn)
        }
        if let problem = decoder.problems.first {
            decoder.problems = []
            throw StoreError.damaged(path: "\(problem.kind.section) row \(problem.row)", reason: problem.message)
        }
        return found
    }

    func records(_ kind: RecordKind, id: String) throws -> [StoredRecord] {
        try fetch(kind, "id = $1", [id])
    }

    func resolve(_ key: String) throws -> StoredRecord? {
        for kind in [RecordKind.person, .event, .source] {
            if let found = try record(kind, id: key) { return found }
        }
        if let (from, kind, to) = RecordKey.split(key, as: TieKind.self),
            let tie = try fetch(.tie, "\"from\" = $1 AND \"to\" = $2 AND kind = $3", [from, to, kind.rawValue]).first
        {
            return tie
        }
        if let (cause, kind, effect) = RecordKey.split(key, as: LinkKind.self),
            let link = try fetch(.link, "cause = $1 AND effect = $2 AND kind = $3", [cause, effect, kind.rawValue]).first
        {
            return link
        }
        return nil
    }

    func referrers(_ record: DecodedRecord) throws -> [StoredRecord] {
        switch record {
        case .person(let person):
            return try fetch(.tie, "\"from\" = $1 OR \"to\" = $1", [person.id]) + fetch(.event, "person = $1", [person.id])
        case .event(let event):
            return try fetch(.link, "cause = $1 OR effect = $1", [event.id])
        case .source(let source):
            var citing: [StoredRecord] = []
            let needle = ListText.encode([source.id]).dropFirst().dropLast()
            for kind in [RecordKind.person, .tie, .event, .link] {
                citing += try fetch(kind, "strpos(sources, $1) > 0", [String(needle)]).filter { $0.record.sources.contains(source.id) }
            }
            return citing
        case .tie, .link:
            return []
        }
    }

    func effects(of id: String) throws -> [StoredRecord] {
        try fetch(.link, "cause = $1", [id])
    }

    func mergedInto(_ id: String) throws -> String? {
        try session.value("SELECT into_id FROM merged WHERE id = $1", [id])
    }

    func lastID(_ kind: RecordKind, prefix: String) throws -> String? {
        try session.value(
            "SELECT id FROM \(RecordTable.name(kind)) WHERE starts_with(id, $1) ORDER BY \"row\" DESC LIMIT 1", [prefix])
    }
}
