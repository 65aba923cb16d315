import Foundation
import KinGraphCore

/// The parameters of a request's query string, decoded as a browser form sends them
/// (`+` for a space, `%XX` escapes); the first value of a name wins.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// Decodes `query` (the part after `?`).
    ///
    /// - Throws: `ExplorerFailure.badRequest` for a malformed escape or text that is not UTF-8.
    init(_ query: String?) throws(ExplorerFailure) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    private static func decode(_ text: Substring) throws(ExplorerFailure) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("the query string has a malformed %-escape")
        }
        return decoded
    }

    /// The value of `name`, trimmed; `nil` when missing or blank.
    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The value of `name` exactly as sent (a password: spaces are part of it).
    func untrimmed(_ name: String) -> String? { values[name] }

    /// The value of `name`, which must be given.
    func required(_ name: String) throws(ExplorerFailure) -> String {
        guard let value = self[name] else { throw .badRequest("the parameter '\(name)' is missing") }
        return value
    }

    /// A whole number between `range`'s bounds, or `fallback` when missing.
    func int(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(ExplorerFailure) -> Int {
        try int(name, in: range) ?? fallback
    }

    /// A whole number in `range`, or nil when not given.
    func int(_ name: String, in range: ClosedRange<Int>) throws(ExplorerFailure) -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A checkbox or flag: `1`, `true`, `on` or `yes`.
    func flag(_ name: String) -> Bool {
        guard let value = self[name]?.lowercased() else { return false }
        return ["1", "true", "on", "yes"].contains(value)
    }

    /// `min-confidence`, hearsay when missing.
    func confidence() throws(ExplorerFailure) -> Confidence {
        guard let text = self["min-confidence"] else { return .hearsay }
        guard let level = Confidence(rawValue: text) else {
            throw .badRequest(
                "unknown confidence level '\(text)': use " + Confidence.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return level
    }

    /// A value from a fixed list (`T`'s raw values), or `fallback` when missing.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(ExplorerFailure) -> T
    where T.RawValue == String {
        guard let text = self[name] else { return fallback }
        guard let value = T(rawValue: text) else {
            throw .badRequest("'\(name)' must be one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}
