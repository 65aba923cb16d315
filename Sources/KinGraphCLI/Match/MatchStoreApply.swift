import Foundation
import KinGraphCore
import KinGraphMatch
import KinGraphStore

/// `match --apply` on a SQLite archive: the pairs marked same merged in place
/// through the store's own change path (one `merge` change per merged record, all in
/// one transaction, each in the audit log), the pairs marked different remembered
/// in the archive's `match_decisions` table.
struct MatchStoreApply {
    let store: SQLiteStore
    let archive: Archive
    let input: String
    let options: ChangeOptions

    /// The pairs marked different before, as the store keeps them (ids still in the archive).
    static func different(_ store: SQLiteStore, people: Set<String>) throws -> Set<IDPair> {
        Set(try store.differentPairs().filter { people.contains($0.0) && people.contains($0.1) }.map { IDPair($0.0, $0.1) })
    }

    func run(review: String) throws {
        let ids = Set(archive.people.map(\.id))
        let rows = try ReviewSheet.read(MatchFiles.read(review), file: review, people: ids)
        let same = rows.filter { $0.decision == .same }.map(\.pair)
        let newlyDifferent = Set(rows.filter { $0.decision == .different }.map(\.pair))
        // The pure merge names the groups (the first record in archive order kept); the
        // store then makes the same merges, one change each.
        let report = PersonMerge.merge(archive, same: same.map { ($0.a, $0.b) })
        let changes = report.groups.flatMap { group in group.merged.map { options.change(.merge(keep: group.kept, drop: $0)) } }
        let applied = changes.isEmpty ? [] : try store.apply(changes, author: options.author)
        let previous = try Self.different(store, people: ids)
        let remembered = MatchApply.remembered(previous.subtracting(same).union(newlyDifferent), report)
        try store.setDifferentPairs(remembered.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { ($0.a, $0.b) })
        var lines = MatchApply.summary(report)
        if let first = applied.first, let last = applied.last {
            let span = first.change == last.change ? "change \(first.change)" : "changes \(first.change)–\(last.change)"
            lines.append("in the audit log as \(span) by \(options.author.name) (kingraph history ID shows each)")
        }
        let unsure = rows.filter { $0.decision == .unsure }.count
        lines.append(
            "\(remembered.count) pair\(remembered.count == 1 ? "" : "s") marked different remembered in the archive (match_decisions)"
                + (unsure > 0 ? "; \(unsure) unsure left as they are" : ""))
        lines.append("updated \(input) in place: \(report.archive.countsLine)")
        print(lines.joined(separator: "\n"))
    }
}
