import GRDB

/// Pairs of people a reviewer marked different (`kingraph match --apply` on a
/// SQLite archive), kept in the `match_decisions` table so `kingraph match` does
/// not propose them again. Each pair is stored once, its smaller id first.
enum MatchDecisions {
    /// The table (migration `kingraph-3`).
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE match_decisions (
                  a TEXT NOT NULL, b TEXT NOT NULL,
                  decision TEXT NOT NULL CHECK (decision = 'different'),
                  PRIMARY KEY (a, b), CHECK (a < b));
                """)
    }
}

extension SQLiteStore {
    /// The pairs marked different, sorted, each with its smaller id first.
    public func differentPairs() throws(StoreError) -> [(String, String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT a, b FROM match_decisions ORDER BY a, b").map { ($0["a"], $0["b"]) }
        }
    }

    /// Replaces the pairs marked different with `pairs` (in one transaction); a pair
    /// of an id with itself is left out.
    public func setDifferentPairs(_ pairs: [(String, String)]) throws(StoreError) {
        try access { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "DELETE FROM match_decisions")
                for (x, y) in pairs where x != y {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO match_decisions (a, b, decision) VALUES (?, ?, 'different')",
                        arguments: [min(x, y), max(x, y)])
                }
                return .commit
            }
        }
    }
}
