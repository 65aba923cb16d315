import KinGraphCore

/// One FollowTheMoney entity: `{"id", "schema", "properties"}` where every
/// property holds a list of strings.
struct FtMEntity: Hashable {
    var id: String
    var schema: String
    var properties: [String: [String]] = [:]

    /// Appends `value` to `property` when it is not `nil`, empty or already there
    /// (FtM holds each value of a property once).
    mutating func add(_ property: String, _ value: String?) {
        guard let value, !value.isEmpty, !(properties[property]?.contains(value) ?? false) else { return }
        properties[property, default: []].append(value)
    }

    /// Appends every non-empty value to `property`.
    mutating func add(_ property: String, _ values: [String]) {
        for value in values { add(property, value) }
    }

    /// The entity as one line of JSON, keys `id`, `schema`, `properties` in that
    /// order and properties sorted by name, so output is deterministic.
    var jsonLine: String {
        var out = "{\"id\":" + Self.quote(id) + ",\"schema\":" + Self.quote(schema) + ",\"properties\":{"
        for (i, name) in properties.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            out += Self.quote(name) + ":["
            out += (properties[name] ?? []).map(Self.quote).joined(separator: ",")
            out += "]"
        }
        return out + "}}"
    }

    /// `text` as a JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
