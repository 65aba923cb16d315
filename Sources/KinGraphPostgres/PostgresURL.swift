import Foundation
import KinGraphStore

/// Where a team archive is: `postgres://user@host[:port]/database`. The password
/// is never in the URL: it comes from `PGPASSWORD` or a `~/.pgpass` line (as for psql).
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// A password given by the program (the explorer's sign-in form), tried before
    /// `PGPASSWORD` and `~/.pgpass`; never read from the URL's text.
    public var givenPassword: String?

    /// Whether `text` names a PostgreSQL archive (`postgres://` or `postgresql://`).
    public static func names(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads `text`; the error says what is wrong in one line.
    public init(_ text: String) throws(StoreError) {
        func bad(_ reason: String) -> StoreError {
            .failed(path: text, reason: "\(reason); expected postgres://USER@HOST[:PORT]/DATABASE")
        }
        guard let scheme = text.range(of: "://"), Self.names(text) else { throw bad("not a PostgreSQL URL") }
        let rest = text[scheme.upperBound...]
        guard let at = rest.lastIndex(of: "@") else { throw bad("no user") }
        let account = rest[..<at]
        if account.contains(":") {
            throw StoreError.failed(
                path: Self.hidingPassword(text),
                reason: "a password in the URL is refused (it would be seen in the process list and shell history); set PGPASSWORD or put it in ~/.pgpass")
        }
        let afterAt = rest[rest.index(after: at)...]
        guard let slash = afterAt.firstIndex(of: "/") else { throw bad("no database") }
        let hostPort = afterAt[..<slash]
        let database = afterAt[afterAt.index(after: slash)...]
        guard !account.isEmpty else { throw bad("no user") }
        guard !database.isEmpty, !database.contains("/"), !database.contains("?") else { throw bad("no database name") }
        var host = String(hostPort)
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":") {
            guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(number) else {
                throw bad("the port is not a number from 1 to 65535")
            }
            port = number
            host = String(hostPort[..<colon])
        }
        guard !host.isEmpty else { throw bad("no host") }
        user = String(account).removingPercentEncoding ?? String(account)
        self.host = host
        self.port = port
        self.database = String(database).removingPercentEncoding ?? String(database)
    }

    /// `postgres://user@host:port/database`.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// This URL's text with `user` in place of its own (the explorer signs each user
    /// in as their own role), the user and database percent-encoded so that any name
    /// reads back as it is.
    public func text(user: String) -> String {
        func encoded(_ name: String) -> String {
            name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? name
        }
        return "postgres://\(encoded(user))@\(host):\(port)/\(encoded(database))"
    }

    /// The password for this URL: `PGPASSWORD`, else the first matching line of
    /// `PGPASSFILE` or `~/.pgpass` (`host:port:database:user:password`, `*` matching
    /// anything, `\:` and `\\` escaped); `nil` when neither has one.
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let givenPassword { return givenPassword }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
        guard !file.isEmpty, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.pgpassFields(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 || ($0 == "localhost" && $1 == "127.0.0.1") }) {
                return fields[4]
            }
        }
        return nil
    }

    private static func pgpassFields(_ line: String) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    /// `text` with anything between `://user:` and `@` replaced by `***`.
    static func hidingPassword(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@"),
            let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
