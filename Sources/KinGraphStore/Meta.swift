import KinGraphCore
import GRDB

/// The `meta` table: the archive's title, a revision every write bumps (so readers
/// can tell they saw one state), and the head of the audit log's hash chain.
enum Meta {
    static func value(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func set(_ key: String, _ value: String?, _ db: Database) throws {
        if let value {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        } else {
            try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
        }
    }

    /// Counts one more committed change of the archive.
    static func bumpRevision(_ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
    }
}

/// Writes a whole archive into empty tables, in its order.
package enum BulkWriter {
    /// - Complexity: O(size of the archive).
    static func write(_ archive: Archive, _ db: Database) throws {
        try Meta.set("title", archive.title, db)
        for source in archive.sources { _ = try RecordTable.insert(.source(source), db) }
        for person in archive.people { _ = try RecordTable.insert(.person(person), db) }
        for tie in archive.ties { _ = try RecordTable.insert(.tie(tie), db) }
        for event in archive.events { _ = try RecordTable.insert(.event(event), db) }
        for link in archive.links { _ = try RecordTable.insert(.link(link), db) }
    }

    /// `{"sources":3,"people":5,…}`: what an import brought.
    package static func counts(_ archive: Archive) -> String {
        "{\"sources\":\(archive.sources.count),\"people\":\(archive.people.count),\"ties\":\(archive.ties.count),"
            + "\"events\":\(archive.events.count),\"links\":\(archive.links.count)}"
    }
}
