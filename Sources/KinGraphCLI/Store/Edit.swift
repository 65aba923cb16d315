import ArgumentParser
import KinGraphStore

/// `kingraph edit RECORD-ID --set field=value … [--unset field]`.
struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Change fields of a record of a SQLite archive.",
        discussion: """
            RECORD-ID is a source, person or event id, a tie as FROM/KIND/TO or a link as \
            CAUSE/KIND/EFFECT. --set FIELD=VALUE gives a field a new value (lists \
            ;-separated), --unset FIELD clears an optional one. Ids cannot change. Refused, \
            with the validator's message, when the result would be invalid.

            Example:
              kingraph edit P-0042 --archive work.kgdb --set status=detained --source T-014 --reason "seen in Chongori"
            """)

    @Argument(help: "The record: an id, FROM/KIND/TO for a tie, CAUSE/KIND/EFFECT for a link.")
    var record: String

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var changeOptions: ChangeOptions

    @Option(name: .customLong("set"), help: ArgumentHelp("A new value: FIELD=VALUE.", valueName: "field=value"))
    var assignments: [String] = []

    @Option(name: .customLong("unset"), help: ArgumentHelp("A field to clear.", valueName: "field"))
    var cleared: [String] = []

    func validate() throws {
        if assignments.isEmpty && cleared.isEmpty { throw ValidationError("nothing to change: give --set FIELD=VALUE or --unset FIELD") }
    }

    func run() throws {
        var set: [String: FieldInput] = [:]
        for assignment in assignments {
            let (field, value) = try FieldText.assignment(assignment)
            set[field] = FieldText.input(field, value)
        }
        let store = try archiveOptions.openStore()
        let applied = try store.apply(
            [changeOptions.change(.edit(key: record, set: set, unset: cleared))], author: changeOptions.author)
        for change in applied {
            for warning in change.warnings { printError(warning.description) }
            print("edited \(change.records.first ?? record) (change \(change.change))")
        }
    }
}
