import GRDB
import KinGraphCore
import KinGraphFormats

/// The lookups a change needs, each on an index: a record by id or key, and the
/// records that refer to one. Statements are prepared once per transaction.
final class StoreQueries: RecordLookup {
    private let connection: OpaquePointer
    private var statements: [String: RawStatement] = [:]
    private var decoder = RowDecoder()

    init(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.failed(path: db.description, reason: "closed") }
        self.connection = connection
    }

    /// Records of `kind` matching `condition` (SQL after WHERE), in row order.
    func fetch(_ kind: RecordKind, _ condition: String, _ values: [Any]) throws -> [StoredRecord] {
        let sql = RecordTable.select(kind) + " WHERE " + condition + " ORDER BY row"
        let statement: RawStatement
        if let cached = statements[sql] {
            statement = cached
        } else {
            statement = try RawStatement(connection, sql)
            statements[sql] = statement
        }
        statement.bind(values)
        var found: [StoredRecord] = []
        while try statement.step() {
            if let record = decoder.decode(kind, statement) { found.append(StoredRecord(row: statement.int(0), record: record)) }
        }
        statement.reset()
        if let problem = decoder.problems.first {
            decoder.problems = []
            throw StoreError.damaged(path: "\(problem.kind.section) row \(problem.row)", reason: problem.message)
        }
        return found
    }

    func records(_ kind: RecordKind, id: String) throws -> [StoredRecord] {
        try fetch(kind, "id = ?", [id])
    }

    /// The record `key` names: a source, person or event id, `FROM/KIND/TO` for a
    /// tie or `CAUSE/KIND/EFFECT` for a link (the first of equal ones).
    func resolve(_ key: String) throws -> StoredRecord? {
        for kind in [RecordKind.person, .event, .source] {
            if let found = try record(kind, id: key) { return found }
        }
        if let (from, kind, to) = RecordKey.split(key, as: TieKind.self),
            let tie = try fetch(.tie, "\"from\" = ? AND \"to\" = ? AND kind = ?", [from, to, kind.rawValue]).first
        {
            return tie
        }
        if let (cause, kind, effect) = RecordKey.split(key, as: LinkKind.self),
            let link = try fetch(.link, "cause = ? AND effect = ? AND kind = ?", [cause, effect, kind.rawValue]).first
        {
            return link
        }
        return nil
    }

    /// The records that refer to `record`: ties and events of a person, links of an
    /// event, every record citing a source.
    func referrers(_ record: DecodedRecord) throws -> [StoredRecord] {
        switch record {
        case .person(let person):
            return try fetch(.tie, "\"from\" = ? OR \"to\" = ?", [person.id, person.id]) + fetch(.event, "person = ?", [person.id])
        case .event(let event):
            return try fetch(.link, "cause = ? OR effect = ?", [event.id, event.id])
        case .source(let source):
            var citing: [StoredRecord] = []
            let needle = "%" + ListText.encode([source.id]).dropFirst().dropLast() + "%"
            for kind in [RecordKind.person, .tie, .event, .link] {
                citing += try fetch(kind, "sources LIKE ?", [String(needle)]).filter { $0.record.sources.contains(source.id) }
            }
            return citing
        case .tie, .link:
            return []
        }
    }

    /// The links leaving event `id`.
    func effects(of id: String) throws -> [StoredRecord] {
        try fetch(.link, "cause = ?", [id])
    }

    /// The person `id` was merged into, if it was.
    func mergedInto(_ id: String) throws -> String? {
        let sql = "SELECT into_id FROM merged WHERE id = ?"
        let statement = try statements[sql] ?? RawStatement(connection, sql)
        statements[sql] = statement
        statement.bind([id])
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    /// The id of the last record of `kind` whose id starts with `prefix` (any, when empty).
    func lastID(_ kind: RecordKind, prefix: String) throws -> String? {
        let sql = "SELECT id FROM \(RecordTable.name(kind)) WHERE substr(id, 1, ?) = ? ORDER BY row DESC LIMIT 1"
        let statement = try statements[sql] ?? RawStatement(connection, sql)
        statements[sql] = statement
        statement.bind([Int64(prefix.utf8.count), prefix])
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }
}
