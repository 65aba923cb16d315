import ArgumentParser
import Foundation
import KinGraphStore

/// `kingraph apply CHANGES.jsonl`: many changes in one transaction.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply a file of changes (JSON Lines) to a SQLite archive, all or nothing.",
        discussion: """
            Each line is one change: {"op":"add","kind":"person","fields":{…}}, \
            {"op":"edit","record":"P-0042","set":{…},"unset":[…]}, \
            {"op":"remove","record":"P-0042","cascade":true}, \
            {"op":"merge","keep":"P-0001","drop":"P-0042"}; each may carry "source", \
            "no_source": true and "reason". The changes are applied in order in one \
            transaction: if any is refused, none is written. --source and --reason on the \
            command line apply to lines that give none.

            Example:
              kingraph apply changes.jsonl --archive work.kgdb --by "Lee Min-ji"
            """)

    @Argument(help: "The changes file (JSON Lines).")
    var changesFile: String

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var changeOptions: ChangeOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: changesFile) else {
            throw StoreCommandError("cannot read the changes file '\(changesFile)': no such file, or not readable")
        }
        let name = (changesFile as NSString).lastPathComponent
        var changes = try ChangesFile.parse(Array(data), fileName: name)
        for index in changes.indices {
            if changes[index].source == nil { changes[index].source = changeOptions.source }
            if changes[index].reason == nil { changes[index].reason = changeOptions.reason }
            if changeOptions.noSource { changes[index].noSource = true }
        }
        let store = try archiveOptions.openStore()
        let applied = try store.apply(changes, author: changeOptions.author)
        for change in applied { for warning in change.warnings { printError(warning.description) } }
        let records = applied.reduce(0) { $0 + $1.records.count }
        let range = applied.first.map { first in " (changes \(first.change)–\(applied.last?.change ?? first.change))" } ?? ""
        print("applied \(applied.count) changes, \(records) records written\(range)")
    }
}
