import ArgumentParser
import Foundation
import KinGraphFormats
import KinGraphPostgres
import KinGraphStore

/// What every edit command takes besides the archive: who makes the change, the
/// source that justifies it, and why.
struct ChangeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who makes the change (default: $KINGRAPH_USER, else the login name).", valueName: "name"))
    var by: String?

    @Option(name: .long, help: ArgumentHelp("The source (an id in the archive) that justifies the change.", valueName: "id"))
    var source: String?

    @Flag(name: .long, help: "The change rests on no source (then --reason must say why).")
    var noSource = false

    @Option(name: .long, help: ArgumentHelp("Why the change is made, in free text (kept in the audit log).", valueName: "text"))
    var reason: String?

    /// The author: `--by`, `$KINGRAPH_USER`, `$USER`, else the login (or account) name; now, in UTC.
    var author: ChangeAuthor {
        let environment = ProcessInfo.processInfo.environment
        let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
        let name = [by, environment["KINGRAPH_USER"], environment["USER"], getlogin().map { String(cString: $0) }, account]
            .compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return ChangeAuthor(name: name, at: formatter.string(from: Date()))
    }

    /// `action` with this command line's source and reason.
    func change(_ action: Change.Action) -> Change {
        Change(action, source: source, noSource: noSource, reason: reason)
    }
}

extension ArchiveOptions {
    /// The archive as a store, for the commands that change it: a SQLite file or
    /// a PostgreSQL database.
    func openStore() throws -> any ArchiveStore {
        let path = try requirePath()
        if ArchiveEngines.isPostgres(path) { return try PostgresStore.open(path) }
        var info = stat()
        if stat(path, &info) == 0, !ArchiveLoader.isSQLite(path) {
            if info.st_mode & S_IFMT == S_IFREG, ArchiveForm.sqliteExtensions.contains(where: path.lowercased().hasSuffix) {
                throw StoreError.notSQLite(path: path)
            }
            let hint =
                info.st_mode & S_IFMT == S_IFDIR || path.lowercased().hasSuffix(".json")
                ? "; make a working copy with: kingraph convert --archive \(path) --to work.kgdb" : ""
            throw StoreCommandError("'\(path)' is not a SQLite archive: only a SQLite archive records changes\(hint)")
        }
        return try SQLiteStore.open(path)
    }
}

/// A store command's failure, said in one line.
struct StoreCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Field values as a command line gives them: `protected` is true or false, lists
/// (`aliases`, `sources`) are `;`-separated, the rest is text.
enum FieldText {
    static func input(_ name: String, _ text: String) -> FieldInput {
        switch name {
        case "protected":
            switch text.lowercased() {
            case "true", "yes", "1": return .flag(true)
            case "false", "no", "0": return .flag(false)
            default: return .text(text)
            }
        case "aliases", "sources":
            return .list(text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        default:
            return .text(text)
        }
    }

    /// `name=value` split at the first `=`.
    static func assignment(_ text: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ValidationError("'\(text)' is not FIELD=VALUE (e.g. status=detained)")
        }
        return (String(text[..<equals]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: equals)...]))
    }
}
