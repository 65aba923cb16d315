import Foundation
import KinGraphCore

/// One JSON object of a section seen as a record's fields. Places are JSON paths
/// such as `people[3].born`.
struct JSONObjectSource: FieldSource {
    let object: [String: Any]
    /// `people[3]`.
    let path: String
    let order: (Int, Int)
    var recordID: String?
    var findings: [Finding] = []

    init(object: [String: Any], path: String, order: (Int, Int)) {
        self.object = object
        self.path = path
        self.order = order
        recordID = trimmed(object["id"] as? String)
    }

    mutating func text(_ field: Field) -> String? {
        guard let value = object[field.name], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            report(.error, field, recordID: nil, "\(field.name) must be a string, not \(JSONValue.describe(value))")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    mutating func list(_ field: Field) -> [String] {
        guard let value = object[field.name], !(value is NSNull) else { return [] }
        guard let items = value as? [Any] else {
            report(
                .error, field, recordID: nil,
                "\(field.name) must be a list of strings such as [\"T-001\"], not \(JSONValue.describe(value))")
            return []
        }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let text = item as? String else {
                report(
                    .error, nil, recordID: nil, at: "\(path).\(field.name)[\(index)]", field: field.name,
                    "must be a string, not \(JSONValue.describe(item))")
                continue
            }
            if let item = trimmed(text) { result.append(item) }
        }
        return result
    }

    mutating func flag(_ field: Field) -> Bool? {
        guard let value = object[field.name], !(value is NSNull) else { return nil }
        guard let flag = JSONValue.bool(value) else {
            report(.error, field, recordID: nil, "\(field.name) must be true or false, not \(JSONValue.describe(value))")
            return nil
        }
        return flag
    }

    mutating func report(_ severity: Problem.Severity, _ field: Field?, recordID: String?, _ message: String) {
        let place = field.map { "\(path).\($0.name)" } ?? path
        report(severity, nil, recordID: recordID, at: place, field: field?.name, message)
    }

    private mutating func report(
        _ severity: Problem.Severity, _ unused: Field?, recordID: String?, at place: String, field: String?,
        _ message: String
    ) {
        findings.append(
            Finding(
                order: order,
                problem: Problem(
                    severity, place: place, recordID: recordID ?? self.recordID, message: message, field: field)))
    }
}

/// Helpers for the values `JSONSerialization` gives.
enum JSONValue {
    /// A JSON `true` or `false` (not a number).
    static func bool(_ value: Any) -> Bool? {
        guard let number = value as? NSNumber, String(cString: number.objCType) == "c" else { return nil }
        return number.boolValue
    }

    /// "a number", "a list", … for messages.
    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if bool(value) != nil { return "a boolean" }
        if value is NSNumber { return "a number" }
        if value is String { return "a string" }
        if value is [Any] { return "a list" }
        if value is [String: Any] { return "an object" }
        return "a \(type(of: value))"
    }
}
