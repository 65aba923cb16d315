import Foundation
import KinGraphStore

/// Audit entries as `history` and `log` print them: text, or JSON with each
/// record's fields before and after as objects.
enum AuditText {
    /// One block per entry: change number, time, author, command; then source and reason;
    /// then what changed, field by field.
    static func history(_ entries: [AuditEntry]) -> String {
        var out = ""
        for entry in entries {
            out += "#\(entry.change)  \(entry.at)  \(entry.by)  \(entry.command)\n"
            out += justification(entry)
            for line in differences(entry) { out += "    \(line)\n" }
        }
        return out
    }

    /// One line per change: number, time, author, command, how many records.
    static func log(_ entries: [AuditEntry]) -> String {
        var out = ""
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            var end = index + 1
            while end < entries.count && entries[end].change == entry.change { end += 1 }
            let count = end - index
            out += "#\(entry.change)  \(entry.at)  \(entry.by)  \(entry.command)"
            out += count > 1 ? "  (\(count) records)" : ""
            out += entry.source.map { "  [source \($0)]" } ?? ""
            out += entry.reason.map { "  — \($0)" } ?? ""
            out += "\n"
            index = end
        }
        return out
    }

    private static func justification(_ entry: AuditEntry) -> String {
        var parts: [String] = []
        if let source = entry.source { parts.append("source \(source)") }
        if let reason = entry.reason { parts.append("reason: \(reason)") }
        return parts.isEmpty ? "" : "    " + parts.joined(separator: "; ") + "\n"
    }

    /// `status: at-large → detained`, `added: …`, `removed`.
    static func differences(_ entry: AuditEntry) -> [String] {
        let before = object(entry.before), after = object(entry.after)
        switch (before, after) {
        case (nil, let after?):
            return ["added \(entry.kind) " + after.keys.sorted().map { "\($0)=\(show(after[$0]))" }.joined(separator: ", ")]
        case (.some, nil):
            return ["removed \(entry.kind) \(entry.record)"]
        case (let before?, let after?):
            let names = Set(before.keys).union(after.keys).sorted()
            return names.compactMap { name in
                let old = show(before[name]), new = show(after[name])
                return old == new ? nil : "\(name): \(old) → \(new)"
            }
        case (nil, nil):
            return []
        }
    }

    private static func object(_ text: String?) -> [String: Any]? {
        guard let text else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    private static func show(_ value: Any?) -> String {
        switch value {
        case nil: return "(none)"
        case let text as String: return text
        case let items as [Any]: return items.map { "\($0)" }.joined(separator: ";")
        case let number as NSNumber: return number.boolValue ? "true" : "false"
        default: return "\(value ?? "")"
        }
    }

    /// A JSON array, one entry per line, fields in a fixed order.
    static func json(_ entries: [AuditEntry]) -> String {
        func string(_ value: String?) -> String {
            guard let value else { return "null" }
            let data = (try? JSONSerialization.data(withJSONObject: [value], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
            return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
        }
        let lines = entries.map { e in
            "{\"seq\":\(e.seq),\"change\":\(e.change),\"at\":\(string(e.at)),\"by\":\(string(e.by)),\"command\":\(string(e.command)),"
                + "\"kind\":\(string(e.kind)),\"record\":\(string(e.record)),\"before\":\(e.before ?? "null"),\"after\":\(e.after ?? "null"),"
                + "\"source\":\(string(e.source)),\"reason\":\(string(e.reason)),\"hash\":\(string(e.hash))}"
        }
        return lines.isEmpty ? "[]" : "[\n  " + lines.joined(separator: ",\n  ") + "\n]"
    }
}
