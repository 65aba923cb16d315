import ArgumentParser
import KinGraphCore
import KinGraphStore

/// `kingraph add person|tie|event|link|source --field value …`: one new record.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a record to a SQLite archive: a person, tie, event, link or source.",
        discussion: """
            Fields are options named as in docs/ARCHIVE.md (--name, --born, --from, …); \
            lists (--aliases, --sources) are ;-separated. An event's reason is given as \
            --field reason=… (--reason is why the change is made). The new record gets the \
            next id of the archive's own scheme (P-0042 → P-0043) unless --id is given. \
            --source names the source that justifies the change (required for people, \
            events and links, unless --no-source with --reason); it is also the record's \
            sources when --sources is not given. The change is validated first and refused, \
            with the validator's message, when it would leave the archive invalid.

            Examples:
              kingraph add source --archive work.kgdb --kind testimony --title "Interview, Seoul" --id T-014
              kingraph add person --archive work.kgdb --name "Ri Song-hui" --born 1979 --source T-014
              kingraph add tie --archive work.kgdb --from P-0001 --to P-0043 --kind sibling --source T-014
            """)

    @Argument(help: "What to add: person, tie, event, link or source.")
    var kind: String

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var changeOptions: ChangeOptions
    @OptionGroup var fields: RecordFieldOptions

    func run() throws {
        guard let recordKind = RecordKind.allCases.first(where: { $0.noun == kind }) else {
            throw ValidationError("cannot add '\(kind)': say person, tie, event, link or source")
        }
        let store = try archiveOptions.openStore()
        let values = try fields.values()
        let applied = try store.apply([changeOptions.change(.add(recordKind, fields: values))], author: changeOptions.author)
        for change in applied {
            for warning in change.warnings { printError(warning.description) }
            print("added \(recordKind.noun) \(change.records.first ?? "") (change \(change.change))")
        }
    }
}

/// The record fields `add` takes, one option each.
struct RecordFieldOptions: ParsableArguments {
    @Option(help: "Id (default: the next of the archive's scheme).") var id: String?
    @Option(help: "Kind of source, tie, event or link.") var kind: String?
    @Option(help: "A source's date (fuzzy date).") var date: String?
    @Option(help: "A source's title.") var title: String?
    @Option(help: "A person's romanised name.") var name: String?
    @Option(help: "A person's name in Hangul.") var hangul: String?
    @Option(help: "A person's other names, ;-separated.") var aliases: String?
    @Option(help: "F, M or X.") var sex: String?
    @Option(help: "A person's birth date (fuzzy date).") var born: String?
    @Option(help: "A person's home place.") var home: String?
    @Option(help: "A person's last known status.") var status: String?
    @Option(help: "true when naming the person could endanger them.") var protected: String?
    @Option(help: "A tie's first person.") var from: String?
    @Option(help: "A tie's second person.") var to: String?
    @Option(help: "confirmed, corroborated, single-source or hearsay.") var confidence: String?
    @Option(help: "The event's person.") var person: String?
    @Option(help: "Where an event happened.") var place: String?
    @Option(help: "ISO 3166 alpha-2 country of an event.") var country: String?
    @Option(help: "The agency of an event.") var agency: String?
    @Option(help: "The facility of an event.") var facility: String?
    @Option(name: .customLong("case"), help: "The case id of an event.") var caseID: String?
    @Option(help: "A link's cause event.") var cause: String?
    @Option(help: "A link's effect event.") var effect: String?
    @Option(help: "The record's sources, ;-separated (default: --source).") var sources: String?
    @Option(name: .customLong("field"), help: ArgumentHelp("Any field as NAME=VALUE (e.g. reason=defection).", valueName: "name=value"))
    var extra: [String] = []

    /// The fields given, as the store takes them.
    func values() throws -> [String: FieldInput] {
        let named: [(String, String?)] = [
            ("id", id), ("kind", kind), ("date", date), ("title", title), ("name", name), ("hangul", hangul),
            ("aliases", aliases), ("sex", sex), ("born", born), ("home", home), ("status", status),
            ("protected", protected), ("from", from), ("to", to), ("confidence", confidence), ("person", person),
            ("place", place), ("country", country), ("agency", agency), ("facility", facility), ("case", caseID),
            ("cause", cause), ("effect", effect), ("sources", sources),
        ]
        var result: [String: FieldInput] = [:]
        for (field, value) in named { if let value { result[field] = FieldText.input(field, value) } }
        for assignment in extra {
            let (field, value) = try FieldText.assignment(assignment)
            result[field] = FieldText.input(field, value)
        }
        return result
    }
}
