import KinGraphCore

/// Why an exchange file could not be read or written at all, with its place.
public struct ExchangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file concerned (as the user named it).
    public var file: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// What is wrong and, where it helps, what to do.
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
