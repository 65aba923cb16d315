import KinGraphCore
import KinGraphRender

/// One loaded version of the archive, as the explorer shows it: with protected
/// people replaced by their pseudonyms (before the graph is built, as the CLI's
/// `--redact` does) unless the server reveals them.
public final class ArchiveSnapshot: Sendable {
    /// The graph every page, answer and diagram comes from.
    public let graph: ArchiveGraph
    /// Counts up from 1 each time the archive is loaded again.
    public let version: Int
    /// Whether protected people are shown as they are.
    public let revealProtected: Bool
    /// The database user whose archive this is, on a team archive (`nil` for a file).
    public let owner: String?
    /// Unique to this snapshot in the process, so nothing cached for one snapshot
    /// (one user's diagrams) is ever taken for another's.
    let serial: Int
    /// Diagram builders by confidence level, made on first use.
    private let builders = Locked<[Confidence: QueryDiagrams]>([:])
    /// Working memory for queries, reused across requests.
    private let scratches = Locked<[GraphScratch]>([])

    /// - Parameter archive: the archive as read (protected people in full).
    /// - Parameter owner: the database user it was read as, on a team archive.
    public convenience init(archive: Archive, version: Int, revealProtected: Bool, owner: String? = nil) throws {
        let shown = revealProtected ? archive : Redactor(archive).redact(archive)
        self.init(graph: try ArchiveGraph(shown), version: version, revealProtected: revealProtected, owner: owner)
    }

    /// The snapshot of `graph`, already redacted unless `revealProtected`.
    init(graph: ArchiveGraph, version: Int, revealProtected: Bool, owner: String? = nil) {
        self.graph = graph
        self.version = version
        self.revealProtected = revealProtected
        self.owner = owner
        serial = Self.made.withLock { made in
            made += 1
            return made
        }
    }

    /// Snapshots made so far.
    private static let made = Locked(0)

    /// What the diagram cache keys this snapshot's diagrams by: its serial and owner.
    var cacheKey: String { String(serial) + "\u{1F}" + (owner ?? "") }

    /// The archive's title, or a plain one.
    var title: String { graph.archive.title ?? "Archive" }

    /// The diagrams of answers at `level` (the graph's archive is already redacted,
    /// so the builder draws it as it is).
    func diagrams(_ level: Confidence) -> QueryDiagrams {
        if let made = builders.withLock({ $0[level] }) { return made }
        let made = QueryDiagrams(graph: graph, minConfidence: level)
        builders.withLock { $0[level] = made }
        return made
    }

    /// Runs `body` with working memory no other request uses at the same time.
    func withScratch<Result>(_ body: (inout GraphScratch) throws -> Result) rethrows -> Result {
        var scratch = scratches.withLock { $0.popLast() } ?? GraphScratch()
        defer { scratches.withLock { if $0.count < 16 { $0.append(scratch) } } }
        return try body(&scratch)
    }
}
