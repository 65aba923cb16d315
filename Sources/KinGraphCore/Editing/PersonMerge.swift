/// Records of one person merged into one: the single pure merge behind
/// `kingraph merge A B` (the store) and `kingraph match --apply` (groups of pairs).
///
///     let one = try PersonMerge.merge(archive, keeping: "P-0001", dropping: "P-0042")
///     let many = PersonMerge.merge(archive, same: [("P-0001", "P-0042"), ("P-0042", "P-0107")])
///
/// The kept person takes each dropped one's name, hangul and aliases (as aliases; the
/// hangul fills the kept one's when it has none), the dropped id as an alias too (so
/// old references still find them), any field they lack, and both's sources; they
/// are protected when either was. Events of a dropped person move to the kept one; a
/// tie between two records of the group is dropped (it would join the person to
/// themself), and a moved tie that becomes the same as another (same ends and kind,
/// either way round for a symmetric kind) is joined with it, with both's sources.
public enum PersonMerge {
    /// What a merge gives.
    public struct Outcome: Sendable, Hashable {
        /// The archive after the merge: records in their order, the dropped people
        /// and the ties that went away left out.
        public var archive: Archive
        /// Each kept id with the ids merged into it, in archive order.
        public var groups: [Group]
        /// Indices (into the input's ties) of ties that went away, in order.
        public var removedTies: [Int]
        /// Ties dropped because both ends became one person.
        public var droppedTies: Int
        /// Ties joined with another that became the same.
        public var joinedTies: Int
    }

    /// One person made of several records.
    public struct Group: Sendable, Hashable {
        public var kept: String
        /// The ids merged into `kept`, in archive order.
        public var merged: [String]

        public init(kept: String, merged: [String]) {
            self.kept = kept
            self.merged = merged
        }
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

    /// `archive` with person `drop` merged into person `keep` (the caller's choice).
    ///
    /// - Complexity: O(size of the archive).
    public static func merge(_ archive: Archive, keeping keep: String, dropping drop: String) throws(Failure) -> Outcome {
        if keep == drop { throw .samePerson(keep) }
        guard archive.people.contains(where: { $0.id == keep }) else { throw .unknownPerson(keep) }
        guard archive.people.contains(where: { $0.id == drop }) else { throw .unknownPerson(drop) }
        return merge(archive, keptOf: [drop: keep])
    }

    /// `archive` with every group of `same` pairs merged (a = b and b = c make one
    /// group); each group keeps its first record in archive order. Ids not in the
    /// archive, and a pair of an id with itself, are ignored.
    ///
    /// - Complexity: O(people + ties + events + pairs).
    public static func merge(_ archive: Archive, same: [(String, String)]) -> Outcome {
        var order: [String: Int] = [:]
        for (i, p) in archive.people.enumerated() where order[p.id] == nil { order[p.id] = i }
        var parent = Array(archive.people.indices)
        func root(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var y = x
            while parent[y] != r { (parent[y], y) = (r, parent[y]) }
            return r
        }
        for (a, b) in same {
            guard let a = order[a], let b = order[b] else { continue }
            let ra = root(a), rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var keptOf: [String: String] = [:]
        for i in archive.people.indices {
            let r = root(i)
            if r != i { keptOf[archive.people[i].id] = archive.people[r].id }
        }
        return merge(archive, keptOf: keptOf)
    }

    /// `archive` with each id of `keptOf` merged into the id it maps to (a kept id is
    /// never itself a key).
    private static func merge(_ archive: Archive, keptOf: [String: String]) -> Outcome {
        var others: [String: [Person]] = [:]
        for person in archive.people { if let kept = keptOf[person.id] { others[kept, default: []].append(person) } }
        var result = archive
        var groups: [Group] = []
        result.people = []
        result.people.reserveCapacity(archive.people.count - keptOf.count)
        for person in archive.people where keptOf[person.id] == nil {
            guard let dropped = others[person.id] else {
                result.people.append(person)
                continue
            }
            result.people.append(absorb(person, dropped))
            groups.append(Group(kept: person.id, merged: dropped.map(\.id)))
        }
        for i in result.events.indices { if let kept = keptOf[result.events[i].person] { result.events[i].person = kept } }
        var ties: [Tie] = []
        var removed: [Int] = []
        var dropped = 0, joined = 0
        var seen: [TieIdentity: (index: Int, moved: Bool)] = [:]
        for (index, original) in archive.ties.enumerated() {
            var tie = original
            let moved = keptOf[original.from] != nil || keptOf[original.to] != nil
            tie.from = keptOf[original.from] ?? original.from
            tie.to = keptOf[original.to] ?? original.to
            if moved && tie.from == tie.to {
                removed.append(index)
                dropped += 1
                continue
            }
            let identity = TieIdentity(tie)
            if let earlier = seen[identity], moved || earlier.moved {
                ties[earlier.index].sources = union(ties[earlier.index].sources, tie.sources)
                if ties[earlier.index].confidence == nil { ties[earlier.index].confidence = tie.confidence }
                removed.append(index)
                joined += 1
                continue
            }
            if seen[identity] == nil { seen[identity] = (ties.count, moved) }
            ties.append(tie)
        }
        result.ties = ties
        return Outcome(archive: result, groups: groups, removedTies: removed, droppedTies: dropped, joinedTies: joined)
    }

    /// `kept` with what the records `others` (of the same person) add.
    static func absorb(_ kept: Person, _ others: [Person]) -> Person {
        var person = kept
        var known = Set(kept.aliases)
        for other in others {
            if person.hangul == nil { person.hangul = other.hangul }
            for alias in [other.name] + (other.hangul.map { [$0] } ?? []) + other.aliases + [other.id]
            where alias != person.name && alias != person.hangul && known.insert(alias).inserted {
                person.aliases.append(alias)
            }
            person.sex = person.sex ?? other.sex
            person.born = person.born ?? other.born
            person.home = person.home ?? other.home
            person.status = person.status ?? other.status
            person.isProtected = person.isProtected || other.isProtected
            person.sources = union(person.sources, other.sources)
        }
        return person
    }

    private static func union(_ a: SourceList, _ b: SourceList) -> SourceList {
        var seen = Set(a)
        var result = a
        for item in b where seen.insert(item).inserted { result.append(item) }
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
