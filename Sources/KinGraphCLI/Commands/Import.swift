import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats

/// `kingraph import --format F --input FILE --output ARCHIVE`: an archive from a
/// family tree (GEDCOM), FollowTheMoney entities or GraphML.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make an archive from a GEDCOM family tree, FollowTheMoney entities or GraphML.",
        discussion: """
            Reads --input in the given format and writes the archive to --output (a .json \
            file or a CSV folder), atomically. Everything that could not be mapped is listed \
            on standard error with its line. Records that cite no source rest on one source \
            made for the imported file (IMPORT-1). The archive is validated before it is \
            written; a broken input (a truncated GEDCOM, a line that is not JSON, …) writes \
            nothing and exits 1.

            Examples:
              kingraph import --format gedcom --input family.ged --output family.json
              kingraph import --format ftm --input entities.ftm.json --output case-csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gedcom, ftm, graphml
    }

    @Option(name: .long, help: ArgumentHelp("gedcom, ftm or graphml.", valueName: "format"))
    var format: Format

    @Option(name: .long, help: ArgumentHelp("The file to import.", valueName: "file"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("The archive to write: a .json file or a folder.", valueName: "path"))
    var output: String

    @Flag(name: .long, help: "Replace an existing output archive.")
    var force = false

    @Flag(name: .long, help: "List every warning (by default the first 50).")
    var allWarnings = false

    func run() throws {
        // A JSON archive's destination is checked before the work (a CSV folder is
        // created by the writer).
        if output.lowercased().hasSuffix(".json") {
            try ExchangeFiles.checkDestination(output, overwrite: force, input: input)
        }
        let limits = ImportLimits(maxFileBytes: try ReadLimits.fromEnvironment().maxFileBytes)
        let bytes = try ExchangeFiles.read(input, limits: limits)
        let name = URL(fileURLWithPath: input).lastPathComponent
        let data = Data(bytes)
        let result: ExchangeImport
        switch format {
        case .gedcom: result = try GEDCOMImporter(limits: limits).read(data, fileName: name)
        case .ftm: result = try FtMImporter(limits: limits).read(data, fileName: name)
        case .graphml: result = try GraphMLImporter(limits: limits).read(data, fileName: name)
        }
        report(result.notes)
        if result.hasErrors {
            let count = result.notes.filter { $0.severity == .error }.count
            throw ImportFailure(message: "\(input) could not be imported: \(Problem.plural(count, "error")) (listed above); nothing was written")
        }
        let problems = ArchiveValidator.validate(result.archive)
        if problems.contains(where: \.isError) {
            for problem in problems { printError(problem.description) }
            throw ImportFailure(message: "the archive made from \(input) does not validate (listed above); nothing was written")
        }
        try ArchiveWriter.write(result.archive, to: output, overwrite: force, input: input)
        let warnings = result.notes.filter { $0.severity == .warning }.count
        print("imported \(input) into \(output): \(result.archive.countsLine); \(Problem.plural(warnings, "warning"))")
    }

    /// Prints errors, then warnings (the first 50 unless --all-warnings), to standard error.
    private func report(_ notes: [ExchangeNote]) {
        for note in notes where note.severity == .error { printError(note.description(file: input)) }
        let warnings = notes.filter { $0.severity == .warning }
        let shown = allWarnings ? warnings[...] : warnings.prefix(50)
        for note in shown { printError(note.description(file: input)) }
        if shown.count < warnings.count {
            printError("\(input): … and \(warnings.count - shown.count) more warnings (--all-warnings lists them)")
        }
    }
}

/// An import or export that failed after its details were printed.
struct ImportFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
