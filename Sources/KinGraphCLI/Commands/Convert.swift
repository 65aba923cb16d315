import Foundation
import ArgumentParser
import KinGraphCore
import KinGraphFormats
import KinGraphPostgres
import KinGraphStore

/// `kingraph convert --to PATH`: the same archive in another form.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the archive in another form: a SQLite file, a .json file or a folder of CSV files.",
        discussion: """
            Reads and validates the archive, then writes it to --to PATH: a path ending \
            .kgdb, .sqlite, .sqlite3 or .db gives a SQLite archive (a working archive, whose \
            audit log starts with this import), .json the JSON form, any other path a folder (created if missing) with \
            sources.csv, people.csv, ties.csv, events.csv, links.csv and archive.csv (the \
            title). Nothing is lost: converting back gives the same archive. Each file is \
            written atomically. Refuses to write onto the input, and to replace existing \
            output unless --force is given.

            Examples:
              kingraph convert --archive graphs/sample.json --to sample-csv
              kingraph convert --archive sample-csv --to sample-copy.json
              kingraph convert --archive graphs/sample.json --to work.kgdb
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("Where to write: a .json file or a folder.", valueName: "path"))
    var to: String

    @Flag(name: .long, help: "Replace an existing output file, or the archive files of an existing folder.")
    var force = false

    func run() throws {
        let input = try archiveOptions.requirePath()
        let loaded = try archiveOptions.loadArchive()
        let form: String
        if ArchiveEngines.isPostgres(to) {
            if to == input { throw StoreCommandError("cannot write the archive onto its input '\(to)'") }
            var author = ChangeOptions()
            author.by = nil
            _ = try PostgresStore.create(
                to, archive: loaded.archive, author: author.author, command: "convert --archive \(input) --to \(to)",
                overwrite: force)
            form = "PostgreSQL"
        } else if ArchiveForm.sqliteExtensions.contains(where: to.lowercased().hasSuffix) {
            if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
                == URL(fileURLWithPath: to).standardizedFileURL.resolvingSymlinksInPath()
            {
                throw StoreCommandError("cannot write the archive onto its input '\(to)'")
            }
            var author = ChangeOptions()
            author.by = nil
            _ = try SQLiteStore.create(
                to, archive: loaded.archive, author: author.author, command: "convert --archive \(input) --to \(to)",
                overwrite: force)
            form = "SQLite"
        } else {
            try ArchiveWriter.write(loaded.archive, to: to, overwrite: force, input: input)
            form = to.lowercased().hasSuffix(".json") ? "JSON" : "CSV folder"
        }
        print("wrote \(to) (\(form)): \(loaded.archive.countsLine)")
    }
}
