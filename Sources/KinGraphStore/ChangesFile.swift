import Foundation
import KinGraphCore

/// Changes as JSON Lines, one change per line, for `kingraph apply` and scripts:
///
///     {"op":"add","kind":"person","fields":{"name":"Ri Song-hui","born":"1979"},"source":"T-014"}
///     {"op":"edit","record":"P-0042","set":{"status":"detained"},"unset":["home"],"source":"T-014"}
///     {"op":"remove","record":"P-0042","cascade":true,"reason":"duplicate"}
///     {"op":"merge","keep":"P-0001","drop":"P-0042","source":"T-014"}
///
/// Every change may carry `source`, `no_source` (true) and `reason`. Field values
/// are strings, lists of strings (`aliases`, `sources`) or booleans (`protected`).
/// Blank lines are skipped.
public enum ChangesFile {
    /// The changes of `bytes`; a line that cannot be read is reported as
    /// `FILE:LINE: what is wrong`.
    ///
    /// - Complexity: O(bytes).
    public static func parse(_ bytes: [UInt8], fileName: String) throws(StoreError) -> [Change] {
        var changes: [Change] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let place = "\(fileName):\(lineNumber)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw .badChangesFile(place: place, reason: "not a JSON object (each line is one change, e.g. {\"op\":\"edit\",…})")
            }
            do throws(LineError) {
                changes.append(try change(object))
            } catch {
                throw .badChangesFile(place: place, reason: error.reason)
            }
        }
        return changes
    }

    private struct LineError: Error {
        let reason: String
    }

    private static func change(_ object: [String: Any]) throws(LineError) -> Change {
        let action: Change.Action
        switch object["op"] as? String {
        case "add":
            guard let noun = object["kind"] as? String, let kind = RecordKind.allCases.first(where: { $0.noun == noun }) else {
                throw LineError(reason: "\"kind\" must be person, tie, event, link or source")
            }
            action = .add(kind, fields: try fields(object["fields"], "fields"))
        case "edit":
            let unset = object["unset"] ?? [String]()
            guard let names = unset as? [String] else { throw LineError(reason: "\"unset\" must be a list of field names") }
            action = .edit(key: try text(object, "record"), set: try fields(object["set"], "set"), unset: names)
        case "remove":
            action = .remove(key: try text(object, "record"), cascade: (object["cascade"] as? Bool) ?? false)
        case "merge":
            action = .merge(keep: try text(object, "keep"), drop: try text(object, "drop"))
        case let other:
            throw LineError(reason: "\"op\" must be add, edit, remove or merge, not \(other.map { "'\($0)'" } ?? "missing")")
        }
        return Change(
            action, source: object["source"] as? String, noSource: (object["no_source"] as? Bool) ?? false,
            reason: object["reason"] as? String)
    }

    private static func text(_ object: [String: Any], _ key: String) throws(LineError) -> String {
        guard let value = object[key] as? String, !value.isEmpty else { throw LineError(reason: "\"\(key)\" must be a record id") }
        return value
    }

    private static func fields(_ value: Any?, _ key: String) throws(LineError) -> [String: FieldInput] {
        guard let value else { return [:] }
        guard let object = value as? [String: Any] else { throw LineError(reason: "\"\(key)\" must be an object of fields") }
        var result: [String: FieldInput] = [:]
        for (name, item) in object {
            if let number = item as? NSNumber, String(cString: number.objCType) == "c" {
                result[name] = .flag(number.boolValue)
            } else if let text = item as? String {
                result[name] = .text(text)
            } else if let items = item as? [String] {
                result[name] = .list(items)
            } else {
                throw LineError(reason: "field '\(name)' must be a string, a list of strings or true/false")
            }
        }
        return result
    }
}
