import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// Writes a whole archive into empty tables, in its order, many rows per
/// statement: each column goes as one `text[]` and `unnest` turns them into rows.
enum PostgresBulk {
    /// Rows per statement.
    static let batch = 20_000

    /// - Complexity: O(size of the archive), in O(size / batch) statements.
    static func write(_ archive: Archive, _ session: PostgresSession) throws(StoreError) {
        if let title = archive.title {
            _ = try session.rows("INSERT INTO meta (key, value) VALUES ('title', $1)", [title])
        }
        try write(.source, archive.sources.map(DecodedRecord.source), session)
        try write(.person, archive.people.map(DecodedRecord.person), session)
        try write(.tie, archive.ties.map(DecodedRecord.tie), session)
        try write(.event, archive.events.map(DecodedRecord.event), session)
        try write(.link, archive.links.map(DecodedRecord.link), session)
    }

    private static func write(_ kind: RecordKind, _ records: [DecodedRecord], _ session: PostgresSession) throws(StoreError) {
        let columns = RecordTable.columns(kind)
        let arrays = columns.indices.map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        let values = columns.indices.map { index in
            columns[index] == "\"protected\"" ? "c\(index + 1)::boolean" : "nullif(c\(index + 1), '')"
        }
        let names = columns.indices.map { "c\($0 + 1)" }.joined(separator: ", ")
        let sql = """
            INSERT INTO \(RecordTable.name(kind)) (\(columns.joined(separator: ", ")))
            SELECT \(values.joined(separator: ", ")) FROM unnest(\(arrays)) WITH ORDINALITY AS t(\(names), n) ORDER BY n
            """
        var start = 0
        while start < records.count {
            let end = min(start + batch, records.count)
            var table = Array(repeating: [String](), count: columns.count)
            for index in table.indices { table[index].reserveCapacity(end - start) }
            for record in records[start..<end] {
                for (index, value) in PostgresSchema.texts(record).enumerated() { table[index].append(value ?? "") }
            }
            try session.insertColumns(sql, table)
            start = end
        }
    }
}
