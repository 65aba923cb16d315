import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphMatch
import KinGraphStore

/// `kingraph match`: person records that are likely one person, and `--apply` to
/// merge the pairs a reviewer marked the same.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose pairs of person records that are likely one person; with --apply, merge those a reviewer marked same.",
        discussion: """
            Compares records that share a blocking key (a name in any romanisation or in \
            hangul, a given name and home, a relative and surname) on name, sex, birth date, \
            home, shared relatives and events; scores each pair with a Fellegi–Sunter model \
            estimated from the archive itself (u from random pairs, m by EM); and prints the \
            pairs at --threshold or above, best first, with their evidence, and the people \
            they make (docs/MATCHING.md). --output writes the pairs as a review CSV with an \
            empty decision column: write same, different or unsure, then run --apply.

            --apply REVIEW merges the pairs marked same into a new archive (--to PATH, never \
            the input; --force to replace an existing one), keeping every source, alias, tie \
            and event, and remembers the pairs marked different beside the new archive \
            (x.decisions.csv beside x.json, decisions.csv in a CSV folder), so match never \
            proposes them again. A bad review file (a missing column, an unknown id, a \
            decision word that is not same, different or unsure) is reported with its line \
            and nothing is written.

            On a SQLite archive --apply merges in place instead (no --to): each record             merged is one merge change of the store (as kingraph merge KEPT OTHER makes it:             the other's id stays an alias), all in one transaction and in the audit log             with --by, --source or --no-source, and --reason; the pairs marked different             are kept in the archive (its match_decisions table).

            Examples:
              kingraph match --archive graphs/sample.json
              kingraph match --archive graphs/sample.json --output review.csv
              kingraph match --archive graphs/sample.json --apply review.csv --to merged.json
              kingraph match --archive work.kgdb --apply review.csv --by analyst --reason "review of 2 March"
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: "The least probability of a proposed pair (0 to 1).")
    var threshold: Double = RecordLinkage.defaultThreshold

    @Option(name: .long, help: ArgumentHelp("Write the proposed pairs as a review CSV.", valueName: "review.csv"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Merge the pairs marked same in this review CSV.", valueName: "review.csv"))
    var apply: String?

    @Option(name: .long, help: ArgumentHelp("With --apply: the new archive (a .json file or a folder).", valueName: "path"))
    var to: String?

    @OptionGroup(title: "With --apply on a SQLite archive") var changeOptions: ChangeOptions

    @Flag(name: .long, help: "Replace an existing review CSV or output archive.")
    var force = false

    @Option(name: .long, help: "How many pairs to print with their evidence (all go to --output and --json).")
    var limit: Int = 20

    @Flag(name: .long, help: "Print one JSON object: the pairs, the people they make, the model.")
    var json = false

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        let inPlace = archiveOptions.path.map(ArchiveLoader.isSQLite) ?? false
        if inPlace && apply != nil && to != nil {
            throw ValidationError("a SQLite archive is merged in place: --to is for JSON and CSV archives")
        }
        if !inPlace && apply != nil && to == nil { throw ValidationError("--apply needs --to PATH, the new archive to write") }
        if apply == nil && to != nil { throw ValidationError("--to is for --apply") }
        let changeGiven = changeOptions.by != nil || changeOptions.source != nil || changeOptions.noSource || changeOptions.reason != nil
        if changeGiven && !(inPlace && apply != nil) {
            throw ValidationError("--by, --source, --no-source and --reason are for --apply on a SQLite archive")
        }
        if apply != nil && output != nil { throw ValidationError("--output is for proposing pairs, not with --apply") }
    }

    func run() throws {
        let input = try archiveOptions.requirePath()
        let archive = try archiveOptions.load()
        let ids = Set(archive.people.map(\.id))
        let different: Set<IDPair>
        if ArchiveLoader.isSQLite(input) {
            let store = try SQLiteStore.open(input)
            if let apply {
                try MatchStoreApply(store: store, archive: archive, input: input, options: changeOptions).run(review: apply)
                return
            }
            different = try MatchStoreApply.different(store, people: ids)
        } else {
            different = try MatchFiles.readDecisions(beside: input, people: ids)
        }
        if let apply, let to {
            try MatchApply(archive: archive, input: input, different: different).run(review: apply, to: to, force: force)
            return
        }
        let result = RecordLinkage.run(archive, threshold: threshold, different: different)
        if let output {
            if MatchFiles.sameFile(output, input) { throw CLIMatchError("--output would replace the archive '\(input)'") }
            try MatchFiles.write(ReviewSheet.text(result, archive), to: output, force: force)
        }
        if json {
            print(try JSONOutput.string(MatchJSON(result)))
        } else {
            print(
                MatchText.text(result, archive, limit: limit, output: output, inPlace: ArchiveLoader.isSQLite(input))
                    .terminalSafe(keepingLines: true), terminator: "")
        }
    }
}

/// A failure of `match` with its message.
struct CLIMatchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
