/// The answer to `find NAME`: people whose name, hangul or alias matches, best first.
public struct FindResult: Codable, Sendable, Hashable {
    public var query = "find"
    /// The name asked for.
    public var name: String
    /// People whose name, hangul or alias is NAME (case, spaces, hyphens and
    /// romanisation aside): best match first, then by id.
    public var results: [Match]
    /// People who match only in part (some of the words, the words in another order,
    /// the start of the name): best first, then by id.
    public var partial: [Match]

    public struct Match: Codable, Sendable, Hashable {
        public var person: String
        public var name: String
        /// 100 as written (case, spaces, hyphens aside); 90 the same name in another
        /// romanisation or in hangul; 80 the same words in another order; 60 every word
        /// asked for is one of the name's words; 50 the name begins with what was asked.
        public var score: Int
        /// The name, hangul or alias that matched best.
        public var matched: String
    }
}

/// Scores how well a name matches what was asked for (see `FindResult.Match.score`).
enum NameMatch {
    /// The lowest score of a whole match (the name as written, or in another spelling).
    static let whole = 90

    static func score(_ query: NameKey, _ candidate: NameKey) -> Int {
        if query.literal.isEmpty && query.canonical.isEmpty { return 0 }
        if !query.literal.isEmpty && query.literal == candidate.literal { return 100 }
        if !query.canonical.isEmpty && query.canonical == candidate.canonical { return 90 }
        if query.words.count > 1 && query.words.sorted() == candidate.words.sorted() { return 80 }
        if !query.words.isEmpty && isSubMultiset(query.words, of: candidate.words) { return 60 }
        if query.canonical.count >= 2 && candidate.canonical.hasPrefix(query.canonical) { return 50 }
        return 0
    }

    private static func isSubMultiset(_ small: [String], of large: [String]) -> Bool {
        var remaining = large
        for word in small {
            guard let i = remaining.firstIndex(of: word) else { return false }
            remaining.remove(at: i)
        }
        return true
    }

    /// Levenshtein distance between two keys, for "closest names".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}

extension ArchiveGraph {
    /// The names a person can be found by: name, hangul, aliases.
    func names(of p: Int32) -> [String] {
        let record = person(p)
        return [record.name] + (record.hangul.map { [$0] } ?? []) + record.aliases
    }

    /// People whose name, hangul or alias matches `text`, best first, then by id.
    ///
    /// - Complexity: O(P · n) for P people with names of n characters: every name is
    ///   folded and compared.
    public func matchNames(_ text: String) -> [(person: Int32, score: Int, matched: String)] {
        let query = NameKey(text)
        var found: [(person: Int32, score: Int, matched: String)] = []
        for p in 0..<Int32(personCount) {
            var best = 0, matched = ""
            for name in names(of: p) {
                let score = NameMatch.score(query, NameKey(name))
                if score > best { (best, matched) = (score, name) }
            }
            if best > 0 { found.append((p, best, matched)) }
        }
        found.sort { $0.score != $1.score ? $0.score > $1.score : personPrecedes($0.person, $1.person) }
        return found
    }

    /// People matching `name` (QUERIES.md, find): whole matches in `results`, partial
    /// ones apart.
    public func find(_ name: String) -> FindResult {
        let matches = matchNames(name).map {
            (whole: $0.score >= NameMatch.whole, match: FindResult.Match(
                person: person($0.person).id, name: person($0.person).name, score: $0.score, matched: $0.matched))
        }
        return FindResult(
            name: name, results: matches.filter(\.whole).map(\.match), partial: matches.filter { !$0.whole }.map(\.match))
    }

    /// The person a PERSON argument names: the person with that id, else the one
    /// one person whose name, hangul or alias matches as a whole.
    ///
    /// - Throws: `QueryError.unknownPerson` when nothing matches as a whole, listing
    ///   the partial matches and then the names fewest edits away;
    ///   `QueryError.ambiguousPerson` when several match as a whole.
    public func resolvePerson(_ text: String) throws(QueryError) -> Int32 {
        if let p = personIndex(text) { return p }
        let all = matchNames(text)
        let found = all.filter { $0.score >= NameMatch.whole }
        guard let top = found.first else {
            var closest = all.prefix(5).map { label($0.person) }
            for name in closestNames(to: text) where closest.count < 5 && !closest.contains(name) {
                closest.append(name)
            }
            throw QueryError.unknownPerson(text, closest: closest)
        }
        // QUERIES.md: several matches are an error listing them, even when one
        // spelling is closer than another: the investigator picks by id.
        if found.count > 1 {
            throw QueryError.ambiguousPerson(text, candidates: found.map { label($0.person) })
        }
        return top.person
    }

    /// `Name (ID)`, as error messages list people.
    func label(_ p: Int32) -> String { "\(person(p).name) (\(person(p).id))" }

    /// The five people whose names are fewest edits away from `text`.
    ///
    /// - Complexity: O(P · n²).
    func closestNames(to text: String, count: Int = 5) -> [String] {
        let query = NameKey(text).canonical
        var scored: [(person: Int32, distance: Int)] = []
        for p in 0..<Int32(personCount) {
            let d = names(of: p).map { NameMatch.distance(query, NameKey($0).canonical) }.min() ?? Int.max
            scored.append((p, d))
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : personPrecedes($0.person, $1.person) }
        return scored.prefix(count).map { label($0.person) }
    }
}
