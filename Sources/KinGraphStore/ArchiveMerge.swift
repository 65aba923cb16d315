import KinGraphCore

/// Merges two records of one person: a pure function on the archive model, so a
/// store, a record-linkage tool or a test can call it on any archive.
///
///     let outcome = try ArchiveMerge.merge(archive, keeping: "P-0001", dropping: "P-0042")
///
/// The kept person takes the other's name and aliases (as aliases), the other's id
/// (as an alias too, so old references still find them), any field they lack, and
/// both's sources; they are protected when either was. Ties and events of the
/// dropped person move to the kept one; a tie between the two is dropped (it would
/// join the person to themself), and two ties that become the same tie are one,
/// with both's sources.
public enum ArchiveMerge {
    /// What a merge gives.
    public struct Outcome: Sendable, Hashable {
        /// The archive after the merge: records in their order, the dropped person
        /// and the ties that went away left out.
        public var archive: Archive
        /// Indices (into the input's ties) of ties that went away: a tie between the
        /// two, or one that became a copy of an earlier tie (whose sources it joined).
        public var removedTies: [Int]
    }

    /// Why two people cannot be merged.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case unknownPerson(String)
        case samePerson(String)

        public var description: String {
            switch self {
            case .unknownPerson(let id): return "no person '\(id)' in the archive"
            case .samePerson(let id): return "cannot merge \(id) with itself"
            }
        }
    }

    /// `archive` with person `drop` merged into person `keep`.
    ///
    /// - Complexity: O(size of the archive).
    public static func merge(_ archive: Archive, keeping keep: String, dropping drop: String) throws(Failure) -> Outcome {
        if keep == drop { throw .samePerson(keep) }
        guard let k = archive.people.firstIndex(where: { $0.id == keep }) else { throw .unknownPerson(keep) }
        guard let d = archive.people.firstIndex(where: { $0.id == drop }) else { throw .unknownPerson(drop) }
        var result = archive
        result.people[k] = merged(archive.people[k], archive.people[d])
        result.people.remove(at: d)
        for i in result.events.indices where result.events[i].person == drop { result.events[i].person = keep }
        var ties: [Tie] = []
        var removed: [Int] = []
        var seen: [TieIdentity: (index: Int, moved: Bool)] = [:]
        for (index, original) in archive.ties.enumerated() {
            var tie = original
            if tie.from == drop { tie.from = keep }
            if tie.to == drop { tie.to = keep }
            if tie.from == keep && tie.to == keep && (original.from != keep || original.to != keep) {
                removed.append(index)
                continue
            }
            let identity = TieIdentity(tie)
            let moved = involves(original, drop)
            if let earlier = seen[identity], moved || earlier.moved {
                ties[earlier.index].sources = union(ties[earlier.index].sources, tie.sources)
                if ties[earlier.index].confidence == nil { ties[earlier.index].confidence = tie.confidence }
                removed.append(index)
                continue
            }
            if seen[identity] == nil { seen[identity] = (ties.count, moved) }
            ties.append(tie)
        }
        result.ties = ties
        return Outcome(archive: result, removedTies: removed)
    }

    /// The kept person with what the dropped one adds.
    static func merged(_ kept: Person, _ dropped: Person) -> Person {
        var person = kept
        var aliases = kept.aliases
        for alias in [dropped.name] + dropped.aliases + [dropped.id] where alias != kept.name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        person.aliases = aliases
        person.hangul = kept.hangul ?? dropped.hangul
        person.sex = kept.sex ?? dropped.sex
        person.born = kept.born ?? dropped.born
        person.home = kept.home ?? dropped.home
        person.status = kept.status ?? dropped.status
        person.isProtected = kept.isProtected || dropped.isProtected
        person.sources = union(kept.sources, dropped.sources)
        return person
    }

    private static func involves(_ tie: Tie, _ id: String) -> Bool { tie.from == id || tie.to == id }

    private static func union(_ a: [String], _ b: [String]) -> [String] {
        var result = a
        for item in b where !result.contains(item) { result.append(item) }
        return result
    }

    /// Two ties are the same tie when they join the same people with the same kind
    /// (either way round for a symmetric kind).
    private struct TieIdentity: Hashable {
        let a: String, b: String, kind: TieKind

        init(_ tie: Tie) {
            kind = tie.kind
            if tie.kind.isSymmetric && tie.to < tie.from {
                (a, b) = (tie.to, tie.from)
            } else {
                (a, b) = (tie.from, tie.to)
            }
        }
    }
}
