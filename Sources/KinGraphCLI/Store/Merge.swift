import ArgumentParser
import KinGraphStore

/// `kingraph merge PERSON-A PERSON-B`: two records of one person become one.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge two records of the same person in a SQLite archive.",
        discussion: """
            PERSON-A is kept and takes PERSON-B's ties, events, aliases and sources (and \
            any field A lacks). B's id becomes an alias of A, and the archive remembers \
            that B was merged into A, so old references (in reports, in kingraph history) \
            still find the person. A tie between the two goes; ties that become the same \
            tie become one.

            Example:
              kingraph merge P-0001 P-0042 --archive work.kgdb --source T-014 --reason "same person, two spellings"
            """)

    @Argument(help: "The person to keep.") var keep: String
    @Argument(help: "The person merged into it.") var drop: String

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var changeOptions: ChangeOptions

    func run() throws {
        let store = try archiveOptions.openStore()
        let applied = try store.apply([changeOptions.change(.merge(keep: keep, drop: drop))], author: changeOptions.author)
        for change in applied {
            print("merged \(drop) into \(keep) (change \(change.change)): \(change.records.count) records written")
        }
    }
}
