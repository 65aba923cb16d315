import ArgumentParser
import KinGraphCore
import KinGraphPostgres
import KinGraphStore

/// `kingraph init --archive work.kgdb`: a new, empty working archive.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new, empty SQLite archive to keep and edit.",
        discussion: """
            Creates a SQLite archive with no records (and --title), ready for kingraph add. \
            Refuses an existing file unless --force. To start from a JSON file or CSV folder \
            instead: kingraph convert --archive sample.json --to work.kgdb.

            Example:
              kingraph init --archive work.kgdb --title "Hyesan cases"
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: "The archive's title.")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Who makes it (default: $KINGRAPH_USER, else the login name).", valueName: "name"))
    var by: String?

    @Flag(name: .long, help: "Replace an existing file.")
    var force = false

    func run() throws {
        let path = try archiveOptions.requirePath()
        var options = ChangeOptions()
        options.by = by
        _ = try ArchiveEngines.create(
            path, archive: Archive(title: title), author: options.author, command: "init", overwrite: force)
        print("made \(path) (\(ArchiveEngines.isPostgres(path) ? "PostgreSQL" : "SQLite")): an empty archive\(title.map { " titled '\($0)'" } ?? "")")
    }
}
