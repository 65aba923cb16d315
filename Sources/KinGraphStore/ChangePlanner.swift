import Foundation
import KinGraphCore
import KinGraphFormats

/// Turns a change into the records it writes, reading what it needs from the
/// archive; refuses what cannot be done as asked (before validation).
package struct ChangePlanner {
    let queries: any RecordLookup
    let file: String

    package init(queries: any RecordLookup, file: String) {
        self.queries = queries
        self.file = file
    }

    /// What a change writes.
    package struct Plan {
        package var writes: [RecordWrite]
        /// For a merge: the id merged away and the id kept.
        package var merged: (drop: String, keep: String)?
    }

    /// The plan of `change`; `number` names it in messages (0 for a lone change).
    package func plan(_ change: Change, number: Int) throws -> Plan {
        let command = change.command
        func bad(_ reason: String) -> StoreError { .badChange(change: number, command: command, reason: reason) }
        var target: StoredRecord?
        if case .edit(let key, _, _) = change.action { target = try find(key, number, command) }
        try checkSource(change, edited: target, bad)
        switch change.action {
        case .add(let kind, let fields):
            var object = Self.object(fields)
            if kind == .tie || kind == .link {
                if fields["id"] != nil { throw bad("a \(kind.noun) has no id; it is named \(kind == .tie ? "FROM/KIND/TO" : "CAUSE/KIND/EFFECT")") }
            } else if fields["id"] == nil {
                object["id"] = try nextID(kind, fields)
            }
            if fields["sources"] == nil, kind != .source, let source = change.source { object["sources"] = [source] }
            let record = try decode(kind, object, change: number, command: command)
            return Plan(writes: [RecordWrite(row: nil, before: nil, after: record)])
        case .edit(let key, let set, let unset):
            let stored = try target ?? find(key, number, command)
            if set["id"] != nil || unset.contains("id") {
                throw bad("an id cannot change (it is how reports refer to the record); add a new record and merge, or remove this one")
            }
            var object = Self.object(RecordObjects.fields(stored.record))
            for (name, value) in set { object[name] = Self.value(value) }
            for name in unset {
                guard RecordObjects.fieldNames(stored.kind).contains(name) else {
                    throw bad("a \(stored.kind.noun) has no field '\(name)'; its fields are \(RecordObjects.fieldNames(stored.kind).joined(separator: ", "))")
                }
                if RecordObjects.requiredFieldNames(stored.kind).contains(name) || name == "sources" {
                    throw bad("\(name) is required for a \(stored.kind.noun) and cannot be unset")
                }
                object.removeValue(forKey: name)
            }
            let record = try decode(stored.kind, object, change: number, command: command)
            return Plan(writes: [RecordWrite(row: stored.row, before: stored.record, after: record)])
        case .remove(let key, let cascade):
            let stored = try find(key, number, command)
            let referrers = try queries.referrers(stored.record)
            if !referrers.isEmpty && !cascade {
                let names = referrers.map(\.record.key)
                let shown = names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", …" : "")
                let verb = names.count == 1 ? "refers" : "refer"
                throw bad("\(Problem.plural(names.count, "record")) \(verb) to \(key): \(shown); remove \(names.count == 1 ? "it" : "them") first, or pass --cascade to remove \(names.count == 1 ? "it" : "them") too")
            }
            return Plan(writes: try removal(stored))
        case .merge(let keep, let drop):
            return try merge(keep: keep, drop: drop, bad)
        }
    }

    /// Add and edit of people, events and links need a source, or `noSource` with a reason.
    private func checkSource(_ change: Change, edited: StoredRecord?, _ bad: (String) -> StoreError) throws {
        let needs: Bool
        switch change.action {
        case .add(let kind, _): needs = [.person, .event, .link].contains(kind)
        case .edit: needs = edited.map { [.person, .event, .link].contains($0.kind) } ?? false
        case .remove, .merge: needs = false
        }
        if let source = change.source {
            if try queries.record(.source, id: source) == nil {
                throw bad("the source '\(source)' is not in the archive; add it first (kingraph add source --id \(source) --kind testimony …)")
            }
        } else if change.noSource {
            if (change.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw bad("--no-source needs --reason saying why the change rests on no source")
            }
        } else if needs {
            throw bad("say which source justifies the change with --source ID (or --no-source with --reason)")
        }
    }

    private func find(_ key: String, _ number: Int, _ command: String) throws -> StoredRecord {
        if let stored = try queries.resolve(key) { return stored }
        if let into = try queries.mergedInto(key) {
            throw StoreError.badChange(change: number, command: command, reason: "\(key) was merged into \(into); use \(into)")
        }
        throw StoreError.noSuchRecord(change: number, command: command, key: key)
    }

    private func decode(_ kind: RecordKind, _ object: [String: Any], change: Int, command: String) throws -> DecodedRecord {
        let key = (object["id"] as? String) ?? "new \(kind.noun)"
        let (record, problems) = RecordObjects.decode(kind, object, place: "\(file):\(kind.section)[\(key)]")
        guard let record else { throw StoreError.refused(change: change, command: command, problems: problems) }
        return record
    }

    /// What goes when `stored` goes: a person's ties and events (and their links),
    /// an event's links; a source leaves the lists of the records citing it.
    private func removal(_ stored: StoredRecord) throws -> [RecordWrite] {
        var writes: [RecordWrite] = [RecordWrite(row: stored.row, before: stored.record, after: nil)]
        var seen: Set<RowSlot> = [stored.slot]
        var queue = [stored]
        while let next = queue.popLast() {
            for referrer in try queries.referrers(next.record) where seen.insert(referrer.slot).inserted {
                if case .source(let source) = next.record {
                    writes.append(RecordWrite(row: referrer.row, before: referrer.record, after: Self.uncite(referrer.record, source.id)))
                } else {
                    writes.append(RecordWrite(row: referrer.row, before: referrer.record, after: nil))
                    queue.append(referrer)
                }
            }
        }
        return writes
    }

    private static func uncite(_ record: DecodedRecord, _ id: String) -> DecodedRecord {
        switch record {
        case .source: return record
        case .person(var r): r.sources.removeAll { $0 == id }; return .person(r)
        case .tie(var r): r.sources.removeAll { $0 == id }; return .tie(r)
        case .event(var r): r.sources.removeAll { $0 == id }; return .event(r)
        case .link(var r): r.sources.removeAll { $0 == id }; return .link(r)
        }
    }

    private func merge(keep: String, drop: String, _ bad: (String) -> StoreError) throws -> Plan {
        if keep == drop { throw bad("cannot merge \(keep) with itself") }
        var people: [StoredRecord] = []
        for id in [keep, drop] {
            guard let stored = try queries.record(.person, id: id) else {
                if let into = try queries.mergedInto(id) { throw bad("\(id) was merged into \(into) already") }
                throw bad("no person '\(id)' in the archive")
            }
            people.append(stored)
        }
        var ties: [StoredRecord] = []
        var events: [StoredRecord] = []
        var seen: Set<Int64> = []
        for person in people {
            for referrer in try queries.referrers(person.record) {
                if referrer.kind == .tie, seen.insert(referrer.row).inserted { ties.append(referrer) }
                if referrer.kind == .event { events.append(referrer) }
            }
        }
        ties.sort { $0.row < $1.row }
        var part = Archive()
        for stored in people { if case .person(let p) = stored.record { part.people.append(p) } }
        for stored in ties { if case .tie(let t) = stored.record { part.ties.append(t) } }
        for stored in events { if case .event(let e) = stored.record { part.events.append(e) } }
        let outcome: PersonMerge.Outcome
        do {
            outcome = try PersonMerge.merge(part, keeping: keep, dropping: drop)
        } catch {
            throw bad(error.description)
        }
        var writes: [RecordWrite] = []
        if let kept = outcome.archive.people.first(where: { $0.id == keep }) {
            writes.append(RecordWrite(row: people[0].row, before: people[0].record, after: .person(kept)))
        }
        var next = 0
        let removed = Set(outcome.removedTies)
        for (index, stored) in ties.enumerated() {
            if removed.contains(index) {
                writes.append(RecordWrite(row: stored.row, before: stored.record, after: nil))
            } else {
                let after = DecodedRecord.tie(outcome.archive.ties[next])
                next += 1
                if after != stored.record { writes.append(RecordWrite(row: stored.row, before: stored.record, after: after)) }
            }
        }
        for (index, stored) in events.enumerated() {
            let after = DecodedRecord.event(outcome.archive.events[index])
            if after != stored.record { writes.append(RecordWrite(row: stored.row, before: stored.record, after: after)) }
        }
        writes.append(RecordWrite(row: people[1].row, before: people[1].record, after: nil))
        return Plan(writes: writes, merged: (drop, keep))
    }

    /// The next id of `kind` in the archive's own scheme: the last id's prefix and
    /// digits, plus one (`P-0042` → `P-0043`); for sources, the prefix of their kind.
    private func nextID(_ kind: RecordKind, _ fields: [String: FieldInput]) throws -> String {
        var prefix = ""
        var fallback: String
        switch kind {
        case .person: fallback = "P-0001"
        case .event: fallback = "E-0001"
        default:
            let sourceKind = fields["kind"].map(\.text).flatMap(SourceKind.init(rawValue:)) ?? .other
            let letter: [SourceKind: String] = [.testimony: "T", .report: "R", .document: "D", .media: "M", .other: "S"]
            prefix = (letter[sourceKind] ?? "S") + "-"
            fallback = prefix + "001"
        }
        guard let last = try queries.lastID(kind, prefix: prefix) else { return fallback }
        let digits = last.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(String(digits.reversed())) else { return fallback }
        let stem = String(last.dropLast(digits.count))
        var candidate = number + 1
        while true {
            let text = String(candidate)
            let id = stem + String(repeating: "0", count: max(digits.count - text.count, 0)) + text
            if try queries.record(kind, id: id) == nil { return id }
            candidate += 1
        }
    }

    static func object(_ fields: [String: FieldInput]) -> [String: Any] {
        fields.mapValues(value)
    }

    static func object(_ fields: [(name: String, value: FieldContent)]) -> [String: Any] {
        var object: [String: Any] = [:]
        for field in fields {
            switch field.value {
            case .text(let text): object[field.name] = text
            case .list(let items): object[field.name] = items
            case .flag(let flag): object[field.name] = NSNumber(value: flag)
            }
        }
        return object
    }

    static func value(_ input: FieldInput) -> Any {
        switch input {
        case .text(let text): return text
        case .list(let items): return items
        case .flag(let flag): return NSNumber(value: flag)
        }
    }
}
