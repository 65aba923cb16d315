import Foundation
import KinGraphCore

/// Reads the five record arrays of a JSON archive, remembering where each record
/// came from (its index in the JSON array) and which ids had to be skipped.
struct JSONSections {
    let root: [String: Any]
    var findings: [Finding] = []
    var skipped = ArchiveValidator.SkippedIDs()
    /// `positions[kind][i]` is the JSON index of the kind's `i`-th record read.
    var positions: [[Int32]] = Array(repeating: [], count: RecordKind.allCases.count)
    private var decoder = RecordDecoder()

    init(root: [String: Any]) { self.root = root }

    /// The records of `kind`'s section; a missing section is an empty one.
    ///
    /// - Complexity: O(records in the section).
    mutating func read<Record>(
        _ kind: RecordKind, decode: (inout RecordDecoder, inout JSONObjectSource) -> Record?
    ) -> [Record] {
        guard let value = root[kind.section], !(value is NSNull) else { return [] }
        let order = kind.rawValue
        guard let items = value as? [Any] else {
            skipped.unreadable.insert(kind)
            findings.append(
                Finding(
                    order: (order, -1),
                    problem: Problem(
                        .error, place: kind.section,
                        message: "\(kind.section) must be a list of objects, not \(JSONValue.describe(value))")))
            return []
        }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        var placesRead: [Int32] = []
        placesRead.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let path = "\(kind.section)[\(index)]"
            guard let object = item as? [String: Any] else {
                findings.append(
                    Finding(
                        order: (order, index),
                        problem: Problem(.error, place: path, message: "must be an object, not \(JSONValue.describe(item))")))
                continue
            }
            var source = JSONObjectSource(object: object, path: path, order: (order, index))
            if let record = decode(&decoder, &source) {
                records.append(record)
                placesRead.append(Int32(clamping: index))
            } else if let id = decoder.lastID {
                switch kind {
                case .source: skipped.sources.insert(id)
                case .person: skipped.people.insert(id)
                case .event: skipped.events.insert(id)
                case .tie, .link: break
                }
            }
            findings += source.findings
        }
        positions[kind.rawValue] = placesRead
        return records
    }
}
