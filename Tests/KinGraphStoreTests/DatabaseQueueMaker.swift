import GRDB

@testable import KinGraphStore

/// Databases made the way an older KinGraph made them.
enum DatabaseQueueMaker {
    /// A database with only the first migration applied.
    static func first(_ path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator(upTo: "kingraph-1").migrate(queue)
        return queue
    }
}
