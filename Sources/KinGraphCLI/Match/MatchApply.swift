import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphMatch

/// `match --apply`: the pairs of a review file marked same merged into a new
/// archive, the pairs marked different remembered beside it.
///
/// For a SQLite archive this is where the store's `merge` (with its audit log) and
/// its decisions table take the place of writing a new archive.
struct MatchApply {
    let archive: Archive
    let input: String
    /// Pairs marked different before (beside the input).
    let different: Set<IDPair>

    func run(review: String, to: String, force: Bool) throws {
        let ids = Set(archive.people.map(\.id))
        let rows = try ReviewSheet.read(MatchFiles.read(review), file: review, people: ids)
        let same = rows.filter { $0.decision == .same }.map(\.pair)
        let newlyDifferent = Set(rows.filter { $0.decision == .different }.map(\.pair))
        let (merged, report) = ArchiveMerge.merge(archive, same: same)
        let errors = ArchiveValidator.validate(merged).filter(\.isError)
        if !errors.isEmpty {
            throw CLIMatchError("the merged archive would be invalid: " + errors.map(\.description).joined(separator: "; "))
        }
        // Decisions follow the records into the kept ids; a pair now marked same is no
        // longer different.
        let keptOf = Dictionary(uniqueKeysWithValues: report.merged.flatMap { group in group.into.map { ($0, group.kept) } })
        var remembered = Set<IDPair>()
        let decisionsPath = Decisions.path(forArchive: to)
        var previous = different
        if FileManager.default.fileExists(atPath: decisionsPath), !MatchFiles.sameFile(decisionsPath, Decisions.path(forArchive: input)) {
            previous.formUnion(try Decisions.read(MatchFiles.read(decisionsPath), file: decisionsPath, people: ids))
        }
        for pair in previous.subtracting(same).union(newlyDifferent) {
            let a = keptOf[pair.a] ?? pair.a, b = keptOf[pair.b] ?? pair.b
            if a != b { remembered.insert(IDPair(a, b)) }
        }
        do {
            try ArchiveWriter.write(merged, to: to, overwrite: force, input: input)
        } catch {
            throw CLIMatchError(error.description)
        }
        try MatchFiles.write(Decisions.text(remembered), to: decisionsPath, force: true)
        var lines: [String] = []
        let records = report.merged.reduce(0) { $0 + $1.into.count }
        if report.merged.isEmpty {
            lines.append("no pair marked same: nothing merged")
        } else {
            lines.append("merged \(records) record\(records == 1 ? "" : "s") into \(report.merged.count) \(report.merged.count == 1 ? "person" : "people"), keeping every source, alias, tie and event:")
        }
        for group in report.merged { lines.append("  \(group.kept) ← " + group.into.joined(separator: ", ")) }
        if report.joinedTies > 0 { lines.append("\(report.joinedTies) ties became one with another (their sources joined)") }
        if report.droppedTies > 0 { lines.append("\(report.droppedTies) ties between records of one person dropped") }
        let unsure = rows.filter { $0.decision == .unsure }.count
        lines.append("\(remembered.count) pair\(remembered.count == 1 ? "" : "s") marked different remembered in \(decisionsPath)" + (unsure > 0 ? "; \(unsure) unsure left as they are" : ""))
        lines.append("wrote \(to): \(merged.countsLine)")
        print(lines.joined(separator: "\n"))
    }
}
