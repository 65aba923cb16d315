import ArgumentParser
import KinGraphStore

/// `kingraph remove RECORD-ID [--cascade]`.
struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove a record from a SQLite archive.",
        discussion: """
            Refused while other records refer to it (they are listed). With --cascade they \
            go with it: a person's ties and events (and those events' links), an event's \
            links; a source is taken out of the lists of the records citing it (a record \
            left without a source makes the change refused). Every record removed is \
            listed and kept in the audit log.

            Example:
              kingraph remove P-0042 --archive work.kgdb --cascade --reason "duplicate entry"
            """)

    @Argument(help: "The record: an id, FROM/KIND/TO for a tie, CAUSE/KIND/EFFECT for a link.")
    var record: String

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var changeOptions: ChangeOptions

    @Flag(name: .long, help: "Remove what refers to the record too.")
    var cascade = false

    func run() throws {
        let store = try archiveOptions.openStore()
        let applied = try store.apply([changeOptions.change(.remove(key: record, cascade: cascade))], author: changeOptions.author)
        for change in applied {
            let others = change.records.dropFirst()
            print("removed \(change.records.first ?? record) (change \(change.change))")
            if !others.isEmpty {
                print("with it, \(others.count == 1 ? "1 record" : "\(others.count) records"): \(others.joined(separator: ", "))")
            }
        }
    }
}
