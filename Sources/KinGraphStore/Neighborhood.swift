import KinGraphCore
import KinGraphFormats

/// Validates a change on the records it touches, not on the whole archive: the
/// records written, the records with the same id, the records referring to a
/// record removed (or to an event whose date changed), and every record these
/// refer to, read from the archive as it is before the change; plus, when a link is
/// written, the links reachable from its effect if they lead back to a cause.
///
/// The archive before the change is valid, so this sub-archive holds every error
/// the full validator would find after it: a new error needs a written record, a
/// reference to a removed one, an id that clashes, or a loop through a written
/// link, and each of those is inside. References inside the sub-archive resolve as
/// they do in the whole (everything referred to is fetched).
package struct Neighborhood {
    let queries: any RecordLookup
    let writes: [RecordWrite]
    private var records: [RowSlot: DecodedRecord] = [:]
    private var written: Set<RowSlot> = []

    package init(queries: any RecordLookup, writes: [RecordWrite]) {
        self.queries = queries
        self.writes = writes
    }

    /// The problems of the archive after `writes`, as the full validator would see
    /// them in the records around the change. Places are the store's
    /// (`work.kgdb:people[P-0042].sources`).
    ///
    /// - Complexity: O(records around the change), each fetched on an index.
    package mutating func problems(file: String) throws -> [Problem] {
        var fresh: Int64 = -1
        for write in writes {
            let slot = write.row.map { RowSlot(kind: write.kind, row: $0) }
            if let slot { written.insert(slot) }
            guard let after = write.after else { continue }
            let target = slot ?? RowSlot(kind: write.kind, row: fresh)
            if slot == nil { fresh -= 1 }
            records[target] = after
        }
        for write in writes {
            if let after = write.after, let id = after.id {
                for same in try queries.records(after.kind, id: id) { add(same) }
            }
            if let before = write.before {
                let idGone = write.after?.id != before.id
                if idGone || before.kind == .event { for referrer in try queries.referrers(before) { add(referrer) } }
            }
        }
        try addLoops()
        try close()
        return validate(file: file)
    }

    /// Keeps `stored` unless a write replaced or removed its row.
    private mutating func add(_ stored: StoredRecord) {
        if written.contains(stored.slot) || records[stored.slot] != nil { return }
        records[stored.slot] = stored.record
    }

    /// Fetches what the records refer to until nothing is missing.
    private mutating func close() throws {
        var asked: Set<String> = []
        while true {
            var wanted: [(RecordKind, String)] = []
            var have: [RecordKind: Set<String>] = [:]
            for record in records.values { if let id = record.id { have[record.kind, default: []].insert(id) } }
            for record in records.values {
                for id in record.people where have[.person]?.contains(id) != true { wanted.append((.person, id)) }
                for id in record.events where have[.event]?.contains(id) != true { wanted.append((.event, id)) }
                for id in record.sources where have[.source]?.contains(id) != true { wanted.append((.source, id)) }
            }
            var added = false
            for (kind, id) in wanted where asked.insert("\(kind.rawValue)\u{0}\(id)").inserted {
                for stored in try queries.records(kind, id: id) where !written.contains(stored.slot) {
                    records[stored.slot] = stored.record
                    added = true
                }
            }
            if !added { return }
        }
    }

    /// Adds the links reachable from each written link's effect when they reach a
    /// written link's cause (the loop the validator will then name).
    private mutating func addLoops() throws {
        let links = writes.compactMap { write -> Link? in
            if case .link(let link) = write.after { return link }
            return nil
        }
        guard !links.isEmpty else { return }
        let causes = Set(links.map(\.cause))
        var newEffects: [String: [String]] = [:]
        for link in links { newEffects[link.cause, default: []].append(link.effect) }
        var visitedLinks: [StoredRecord] = []
        var seen: Set<String> = []
        var queue = links.map(\.effect)
        var loops = false
        while let event = queue.popLast() {
            guard seen.insert(event).inserted else { continue }
            if causes.contains(event) { loops = true }
            for stored in try queries.effects(of: event) where !written.contains(stored.slot) {
                visitedLinks.append(stored)
                if case .link(let link) = stored.record { queue.append(link.effect) }
            }
            queue += newEffects[event] ?? []
        }
        if loops { for stored in visitedLinks { add(stored) } }
    }

    /// Validates the gathered records, in row order (new ones last).
    private func validate(file: String) -> [Problem] {
        var archive = Archive()
        let slots = records.keys.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if (a.row < 0) != (b.row < 0) { return a.row >= 0 }
            return a.row < 0 ? a.row > b.row : a.row < b.row
        }
        for slot in slots {
            switch records[slot] {
            case .source(let r): archive.sources.append(r)
            case .person(let r): archive.people.append(r)
            case .tie(let r): archive.ties.append(r)
            case .event(let r): archive.events.append(r)
            case .link(let r): archive.links.append(r)
            case nil: break
            }
        }
        return ArchiveValidator.validate(archive).map { problem in
            var placed = problem
            if let record = problem.record {
                placed.place = SQLiteStore.place(file: file, archive: archive, record: record, field: problem.field)
            }
            return placed
        }
    }
}
