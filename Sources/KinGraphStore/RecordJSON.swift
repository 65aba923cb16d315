import KinGraphFormats

/// A record as one JSON object, fields in written order and only those with a
/// value: what the audit log keeps as a record's state before and after a change.
package enum RecordJSON {
    /// `{"id":"P-0042","name":"Kim Chol-su","sources":["T-001"]}`.
    package static func encode(_ record: DecodedRecord) -> String {
        var out = "{"
        for (index, field) in RecordObjects.fields(record).enumerated() {
            if index > 0 { out += "," }
            JSONText.appendString(field.name, to: &out)
            out += ":"
            switch field.value {
            case .text(let text): JSONText.appendString(text, to: &out)
            case .list(let items): out += ListText.encode(items)
            case .flag(let flag): out += flag ? "true" : "false"
            }
        }
        return out + "}"
    }
}
