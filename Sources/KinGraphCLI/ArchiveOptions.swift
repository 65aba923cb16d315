import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphPostgres
import KinGraphStore

/// The `--archive PATH` option every command takes; `KINGRAPH_ARCHIVE` in the
/// environment is its default. Pull it into a command with `@OptionGroup`.
///
///     @OptionGroup var archive: ArchiveOptions
///     func run() throws { let archive = try self.archive.load() … }
public struct ArchiveOptions: ParsableArguments {
    /// The environment variable that gives the default archive.
    public static let environmentKey = "KINGRAPH_ARCHIVE"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive: a SQLite file, a .json file or a folder of CSV files (default: $KINGRAPH_ARCHIVE).",
            valueName: "path"))
    public var archive: String?

    public init() {}

    /// Rejects a command line that names no archive when the environment gives none.
    public func validate() throws {
        if path == nil {
            throw ValidationError("no archive given: pass --archive PATH, or set \(Self.environmentKey)")
        }
    }

    /// The archive's path: `--archive`, else `$KINGRAPH_ARCHIVE` (when not empty).
    public var path: String? {
        if let archive, !archive.isEmpty { return archive }
        if let value = ProcessInfo.processInfo.environment[Self.environmentKey], !value.isEmpty { return value }
        return nil
    }

    /// The path, or an error saying how to give one.
    public func requirePath() throws -> String {
        guard let path else { throw ValidationError("no archive given: pass --archive PATH, or set \(Self.environmentKey)") }
        return path
    }

    /// Loads and validates the archive in any of its forms (a SQLite file through
    /// KinGraphStore, told by its header); prints its warnings to standard error. For an
    /// invalid archive, prints every problem to standard error and throws an error
    /// whose message sums them up.
    public func loadArchive() throws -> LoadedArchive {
        let path = try requirePath()
        let limits = try ReadLimits.fromEnvironment()
        do {
            let loaded = try ArchiveEngines.load(from: path, limits: limits)
            for warning in loaded.warnings { printError(warning.description) }
            return loaded
        } catch .invalid(let problems) {
            for problem in problems { printError(problem.description) }
            throw InvalidArchive(path: path, problems: problems)
        }
    }

    /// The archive's records, loaded and validated (see `loadArchive()`).
    public func load() throws -> Archive {
        try loadArchive().archive
    }
}

/// An archive with errors, whose problems were printed already.
public struct InvalidArchive: Error, CustomStringConvertible {
    public let path: String
    public let problems: [Problem]

    public var description: String {
        "'\(path)' is not a valid archive: \(problems.summary) (listed above)"
    }
}
