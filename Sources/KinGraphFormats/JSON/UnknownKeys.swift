import KinGraphCore

/// Warns about keys a JSON archive has but the format does not know (likely typos),
/// once per key and section, at the first record that has it.
enum UnknownKeys {
    static let topLevel = Set(["format", "title"] + RecordKind.allCases.map(\.section))

    /// - Complexity: O(total keys of all records).
    static func findings(root: [String: Any]) -> [Finding] {
        var findings: [Finding] = []
        for key in root.keys.sorted() where !topLevel.contains(key) {
            findings.append(
                Finding(order: (-1, 2), problem: Problem(.warning, place: key, message: "unknown key '\(key)' is ignored")))
        }
        for kind in RecordKind.allCases {
            guard let items = root[kind.section] as? [Any] else { continue }
            let known = Set(kind.fields.map(\.name))
            var seen: [String: (first: Int, count: Int)] = [:]
            for (index, item) in items.enumerated() {
                guard let object = item as? [String: Any] else { continue }
                for key in object.keys where !known.contains(key) {
                    if let entry = seen[key] {
                        seen[key] = (entry.first, entry.count + 1)
                    } else {
                        seen[key] = (index, 1)
                    }
                }
            }
            for (key, entry) in seen {
                let more = entry.count > 1 ? " (in \(entry.count) records)" : ""
                findings.append(
                    Finding(
                        order: (kind.rawValue, entry.first),
                        problem: Problem(
                            .warning, place: "\(kind.section)[\(entry.first)].\(key)",
                            message: "unknown field '\(key)' is ignored\(more); the fields are "
                                + kind.fields.map(\.name).joined(separator: ", "),
                            field: key)))
            }
        }
        return findings
    }
}
