import ArgumentParser
import KinGraphCore
import KinGraphFormats
import KinGraphPostgres
import KinGraphStore

/// `kingraph validate`: every problem of an archive, or a line saying it is valid.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an archive and list every problem with its place.",
        discussion: """
            Reads the archive and checks it: the files parse, required fields are there, \
            kinds, statuses and dates are known, ids are unique, every reference points to \
            a record that exists, no tie joins a person to themself, links do not loop. \
            Every problem is printed with its place (CSV file and line, or JSON path) and \
            record id. For a SQLite archive it also checks the file itself and the audit \
            log's hash chain (a log entry deleted or edited outside KinGraph is an error). \
            Exits 1 when there is any error; warnings (a cause dated after its effect) are \
            shown but the archive is valid.

            Example:
              kingraph validate --archive graphs/sample.json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    func run() throws {
        let path = try archiveOptions.requirePath()
        let loaded: LoadedArchive
        do {
            loaded = try ArchiveEngines.load(from: path)
        } catch {
            let problems = error.problems
            if problems.isEmpty { throw error }
            for problem in problems { print(problem) }
            throw ValidateFailure(path: path, problems: problems)
        }
        for warning in loaded.warnings { print(warning) }
        if loaded.form == .sqlite {
            let store = try SQLiteStore.open(path)
            let problems = try store.checkFile().map { Problem(.error, place: path, message: "SQLite: \($0)") }
                + store.verifyLog()
            if !problems.isEmpty {
                for problem in problems { print(problem) }
                throw ValidateFailure(path: path, problems: problems)
            }
        }
        if loaded.form == .postgres {
            let problems = try PostgresStore.open(path).verifyLog()
            if !problems.isEmpty {
                for problem in problems { print(problem) }
                throw ValidateFailure(path: path, problems: problems)
            }
        }
        let warnings = loaded.warnings.isEmpty ? "" : "; " + Problem.plural(loaded.warnings.count, "warning")
        print("\(path): valid \(loaded.form.displayName) archive: \(loaded.archive.countsLine)\(warnings)")
    }
}

/// The archive has errors (already printed, one per line).
struct ValidateFailure: Error, CustomStringConvertible {
    let path: String
    let problems: [Problem]

    var description: String { "'\(path)' is not a valid archive: \(problems.summary)" }
}
