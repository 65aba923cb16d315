import ArgumentParser
import Foundation
import KinGraphStore

/// `kingraph log [--since DATE] [--by NAME]`: the archive's changes.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the changes made to a SQLite archive, oldest first.",
        discussion: """
            One line per change: its number, when (UTC), who, the command, and the source \
            and reason given. --since keeps changes made on or after a date (YYYY-MM-DD, or a \
            full UTC time), --by those of one person. --json prints every audit entry, with \
            the records' fields before and after.

            Example:
              kingraph log --archive work.kgdb --since 2026-03-01 --by "Lee Min-ji"
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("Changes made on or after this UTC date.", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Changes made by this person.", valueName: "name"))
    var by: String?

    @Flag(name: .long, help: "Print a JSON array instead of text.")
    var json = false

    func validate() throws {
        if let since, since.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil {
            throw ValidationError("--since '\(since)' is not a date such as 2026-03-01")
        }
    }

    func run() throws {
        let entries = try archiveOptions.openStore().log(since: since, by: by)
        if json {
            print(AuditText.json(entries))
        } else if entries.isEmpty {
            print("no changes recorded" + (since.map { " since \($0)" } ?? "") + (by.map { " by \($0)" } ?? ""))
        } else {
            print(AuditText.log(entries), terminator: "")
        }
    }
}
