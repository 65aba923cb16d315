import Foundation
import KinGraphCore

/// One change to a stored archive: what to do, and what justifies it. A batch of
/// changes is applied in one transaction, all or nothing.
///
///     Change(.edit(key: "P-0042", set: ["status": .text("detained")], unset: []), source: "T-012")
public struct Change: Sendable, Hashable {
    /// What the change does.
    public enum Action: Sendable, Hashable {
        /// A new record of a kind; `fields` may give the `id` (else the archive's
        /// prefix scheme assigns one).
        case add(RecordKind, fields: [String: FieldInput])
        /// New values for some fields of a record (`key` as `RecordKey` names it),
        /// and fields to clear.
        case edit(key: String, set: [String: FieldInput], unset: [String])
        /// Removes a record; with `cascade`, what refers to it goes too.
        case remove(key: String, cascade: Bool)
        /// One person (`keep`) takes over another's (`drop`) ties, events, aliases
        /// and sources; `drop` stays findable as an alias.
        case merge(keep: String, drop: String)
    }

    public var action: Action
    /// The source (a source id of the archive) that justifies the change.
    public var source: String?
    /// Set when the change has no source on purpose; `reason` must then say why.
    public var noSource: Bool
    /// Free text: why the change was made.
    public var reason: String?

    public init(_ action: Action, source: String? = nil, noSource: Bool = false, reason: String? = nil) {
        self.action = action
        self.source = source
        self.noSource = noSource
        self.reason = reason
    }

    /// The change as a command line, for the audit log and messages:
    /// `edit P-0042 --set status=detained`.
    public var command: String {
        func render(_ fields: [String: FieldInput]) -> String {
            fields.keys.sorted().map { name in "\(name)=\(fields[name].map(\.text) ?? "")" }.joined(separator: " ")
        }
        switch action {
        case .add(let kind, let fields):
            return "add \(kind.noun)"
                + fields.keys.sorted().map { name in
                    let value = fields[name]?.text ?? ""
                    // --reason is the change's own reason; an event's is a field.
                    return name == "reason" ? " --field \(Self.quoted("reason=" + value))" : " --\(name) \(Self.quoted(value))"
                }.joined()
        case .edit(let key, let set, let unset):
            return "edit \(key)" + set.keys.sorted().map { " --set \(Self.quoted("\($0)=\(set[$0]?.text ?? "")"))" }.joined()
                + unset.sorted().map { " --unset \($0)" }.joined()
        case .remove(let key, let cascade):
            return "remove \(key)" + (cascade ? " --cascade" : "")
        case .merge(let keep, let drop):
            return "merge \(keep) \(drop)"
        }
    }

    private static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" : text
    }
}

/// A field value given in a change: text, a list, or a flag (`protected`).
public enum FieldInput: Sendable, Hashable {
    case text(String)
    case list([String])
    case flag(Bool)

    /// The value as a command line writes it: lists `;`-separated.
    public var text: String {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.joined(separator: ";")
        case .flag(let flag): return flag ? "true" : "false"
        }
    }
}

/// Who makes a batch of changes, and when.
public struct ChangeAuthor: Sendable, Hashable {
    public var name: String
    /// UTC, `2026-03-01T09:30:00Z`.
    public var at: String

    public init(name: String, at: String) {
        self.name = name
        self.at = at
    }
}
