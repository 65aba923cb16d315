import ArgumentParser
import KinGraphStore

/// `kingraph history RECORD-ID`: every change to one record.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the story of one record of a SQLite archive: every change, who, when, on which source.",
        discussion: """
            Lists the audit entries of the record (and of records merged into it), oldest \
            first, with what changed field by field. --json prints them as a JSON array with \
            the record's fields before and after each change.

            Example:
              kingraph history P-0042 --archive work.kgdb
            """)

    @Argument(help: "The record: an id, FROM/KIND/TO for a tie, CAUSE/KIND/EFFECT for a link.")
    var record: String

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(name: .long, help: "Print a JSON array instead of text.")
    var json = false

    func run() throws {
        let entries = try archiveOptions.openStore().history(of: record)
        if json {
            print(AuditText.json(entries))
        } else if entries.isEmpty {
            print("no changes recorded for '\(record)'")
        } else {
            print(AuditText.history(entries), terminator: "")
        }
    }
}
