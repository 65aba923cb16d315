import KinGraphCore

/// One thing an importer or exporter wants the investigator to know: a record it
/// could not map, a value it had to change, or a problem that stops the import.
///
/// `line` is the 1-based line of the input the note is about, when there is one.
public struct ExchangeNote: Sendable, Hashable, CustomStringConvertible {
    /// How serious a note is.
    public enum Severity: String, Sendable, Hashable {
        /// Something was not mapped or was changed; the import still stands.
        case warning
        /// The input is broken; an archive built from it must not be written.
        case error
    }

    public var severity: Severity
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return "\(severity.rawValue): \(place)\(message)"
    }

    /// `FILE:LINE: severity: message`, the way compilers name a place.
    public func description(file: String) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// What an importer made of a file: the archive, and every note about what could
/// not be mapped. The archive is only fit to write when `hasErrors` is false.
public struct ExchangeImport: Sendable {
    public var archive: Archive
    public var notes: [ExchangeNote]

    public init(archive: Archive, notes: [ExchangeNote]) {
        self.archive = archive
        self.notes = notes
    }

    /// `true` when a note says the input is broken.
    public var hasErrors: Bool { notes.contains { $0.severity == .error } }
}
