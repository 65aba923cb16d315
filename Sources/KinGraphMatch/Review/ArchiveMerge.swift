import KinGraphCore

/// Records of one person merged into one: the pure function behind
/// `kingraph match --apply` for JSON and CSV-folder archives.
///
/// Pairs marked `same` are joined into groups (a = b and b = c make one group); each
/// group keeps its first record in archive order and takes in the others: their
/// names and hangul become aliases, every alias and source is kept, a field the kept
/// record lacks is filled from the others, `protected` holds if it held for any.
/// Every event and tie of a merged record moves to the kept one; ties that become
/// the same tie are one tie with the sources of both; a tie between two records of
/// the group is dropped (it would tie a person to themself). Links, sources and
/// events keep their ids.
public enum ArchiveMerge {
    public struct Report: Sendable, Equatable {
        /// Each kept id with the ids merged into it, in archive order.
        public var merged: [(kept: String, into: [String])]
        /// Ties dropped because both ends became one person.
        public var droppedTies: Int
        /// Ties joined with another that became the same.
        public var joinedTies: Int

        public static func == (x: Report, y: Report) -> Bool {
            x.droppedTies == y.droppedTies && x.joinedTies == y.joinedTies
                && x.merged.map(\.kept) == y.merged.map(\.kept) && x.merged.map(\.into) == y.merged.map(\.into)
        }
    }

    /// `archive` with every group of `same` pairs merged; ids not in the archive are ignored.
    ///
    /// - Complexity: O(people + ties + events + pairs).
    public static func merge(_ archive: Archive, same: [IDPair]) -> (archive: Archive, report: Report) {
        var order: [String: Int] = [:]
        for (i, p) in archive.people.enumerated() where order[p.id] == nil { order[p.id] = i }
        var parent = Array(0..<archive.people.count)
        func root(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            return r
        }
        for pair in same {
            guard let a = order[pair.a], let b = order[pair.b] else { continue }
            let ra = root(a), rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var keptOf: [String: String] = [:]
        var groups: [Int: [Int]] = [:]
        for i in archive.people.indices {
            let r = root(i)
            if r != i {
                groups[r, default: []].append(i)
                keptOf[archive.people[i].id] = archive.people[r].id
            }
        }
        var people: [Person] = []
        var merged: [(kept: String, into: [String])] = []
        for (i, person) in archive.people.enumerated() where root(i) == i {
            guard let others = groups[i] else {
                people.append(person)
                continue
            }
            people.append(absorb(person, others.map { archive.people[$0] }))
            merged.append((person.id, others.map { archive.people[$0].id }))
        }
        func kept(_ id: String) -> String { keptOf[id] ?? id }
        var ties: [Tie] = []
        var tieIndex: [String: Int] = [:]
        var dropped = 0, joined = 0
        for tie in archive.ties {
            var t = tie
            t.from = kept(tie.from)
            t.to = kept(tie.to)
            if t.from == t.to {
                dropped += 1
                continue
            }
            let ends = t.kind == .parent || t.from < t.to ? (t.from, t.to) : (t.to, t.from)
            let key = ends.0 + "\u{0}" + ends.1 + "\u{0}" + t.kind.rawValue
            if let k = tieIndex[key] {
                ties[k].sources = union(ties[k].sources, t.sources)
                joined += 1
            } else {
                tieIndex[key] = ties.count
                ties.append(t)
            }
        }
        var result = archive
        result.people = people
        result.ties = ties
        result.events = archive.events.map { event in
            var e = event
            e.person = kept(event.person)
            return e
        }
        return (result, Report(merged: merged, droppedTies: dropped, joinedTies: joined))
    }

    /// `kept` with what `others` add.
    static func absorb(_ kept: Person, _ others: [Person]) -> Person {
        var p = kept
        var names = [p.name] + (p.hangul.map { [$0] } ?? [])
        for other in others {
            if p.hangul == nil, let h = other.hangul {
                p.hangul = h
                names.append(h)
            }
            for alias in [other.name] + (other.hangul.map { [$0] } ?? []) + other.aliases
            where !names.contains(alias) && !p.aliases.contains(alias) {
                p.aliases.append(alias)
            }
            p.sex = p.sex ?? other.sex
            p.born = p.born ?? other.born
            p.home = p.home ?? other.home
            p.status = p.status ?? other.status
            p.isProtected = p.isProtected || other.isProtected
            p.sources = union(p.sources, other.sources)
        }
        return p
    }

    static func union(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a)
        var out = a
        for x in b where seen.insert(x).inserted { out.append(x) }
        return out
    }
}
