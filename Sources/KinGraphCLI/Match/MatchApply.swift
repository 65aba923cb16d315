import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphMatch

/// `match --apply`: the pairs of a review file marked same merged into a new
/// archive, the pairs marked different remembered beside it.
///
/// A SQLite archive is merged in place through the store instead (`MatchStoreApply`).
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
        let report = PersonMerge.merge(archive, same: same.map { ($0.a, $0.b) })
        let merged = report.archive
        let errors = ArchiveValidator.validate(merged).filter(\.isError)
        if !errors.isEmpty {
            throw CLIMatchError("the merged archive would be invalid: " + errors.map(\.description).joined(separator: "; "))
        }
        // Decisions follow the records into the kept ids; a pair now marked same is no
        // longer different.
        let decisionsPath = Decisions.path(forArchive: to)
        var previous = different
        if FileManager.default.fileExists(atPath: decisionsPath), !MatchFiles.sameFile(decisionsPath, Decisions.path(forArchive: input)) {
            previous.formUnion(try Decisions.read(MatchFiles.read(decisionsPath), file: decisionsPath, people: ids))
        }
        let remembered = Self.remembered(previous.subtracting(same).union(newlyDifferent), report)
        do {
            try ArchiveWriter.write(merged, to: to, overwrite: force, input: input)
        } catch {
            throw CLIMatchError(error.description)
        }
        try MatchFiles.write(Decisions.text(remembered), to: decisionsPath, force: true)
        var lines = Self.summary(report)
        let unsure = rows.filter { $0.decision == .unsure }.count
        lines.append("\(remembered.count) pair\(remembered.count == 1 ? "" : "s") marked different remembered in \(decisionsPath)" + (unsure > 0 ? "; \(unsure) unsure left as they are" : ""))
        lines.append("wrote \(to): \(merged.countsLine)")
        print(lines.joined(separator: "\n"))
    }

    /// Pairs marked different, each moved to the kept ids of a merge; a pair now
    /// inside one person goes.
    static func remembered(_ pairs: Set<IDPair>, _ report: PersonMerge.Outcome) -> Set<IDPair> {
        let keptOf = Dictionary(uniqueKeysWithValues: report.groups.flatMap { group in group.merged.map { ($0, group.kept) } })
        var remembered = Set<IDPair>()
        for pair in pairs {
            let a = keptOf[pair.a] ?? pair.a, b = keptOf[pair.b] ?? pair.b
            if a != b { remembered.insert(IDPair(a, b)) }
        }
        return remembered
    }

    /// What a merge did, in lines: the groups, the ties joined and dropped.
    static func summary(_ report: PersonMerge.Outcome) -> [String] {
        var lines: [String] = []
        let records = report.groups.reduce(0) { $0 + $1.merged.count }
        if report.groups.isEmpty {
            lines.append("no pair marked same: nothing merged")
        } else {
            lines.append("merged \(records) record\(records == 1 ? "" : "s") into \(report.groups.count) \(report.groups.count == 1 ? "person" : "people"), keeping every source, alias, tie and event:")
        }
        for group in report.groups { lines.append("  \(group.kept) ← " + group.merged.joined(separator: ", ")) }
        if report.joinedTies > 0 { lines.append("\(report.joinedTies) ties became one with another (their sources joined)") }
        if report.droppedTies > 0 { lines.append("\(report.droppedTies) ties between records of one person dropped") }
        return lines
    }
}
