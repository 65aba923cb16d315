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
        score(query, sortedWords: query.words.sorted(), candidate)
    }

    /// `score`, with the query's words already sorted (a scan sorts them once).
    static func score(_ query: NameKey, sortedWords: [String], _ candidate: NameKey) -> Int {
        if query.literal.isEmpty && query.canonical.isEmpty { return 0 }
        if !query.literal.isEmpty && query.literal == candidate.literal { return 100 }
        if !query.canonical.isEmpty && query.canonical == candidate.canonical { return 90 }
        if query.words.count > 1 && query.words.count == candidate.words.count
            && sortedWords == candidate.words.sorted()
        {
            return 80
        }
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
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: Int.max - 1)
    }

    /// Levenshtein distance between `a` and `b` when it is `limit` or less, else
    /// some number above `limit` (the work stops as soon as every path is longer).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            var smallest = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
                smallest = min(smallest, row[j])
            }
            if smallest > limit { return limit + 1 }
        }
        return row[b.count]
    }

    /// `true` for a PERSON argument written like a record id (`P-0001`, `kp_17`): no
    /// spaces, a digit, and only ASCII letters, digits and `-_./:#`. Names have no
    /// digits, so such an argument is an id or nothing.
    static func looksLikeID(_ text: String) -> Bool {
        var digit = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": digit = true
            case "a"..."z", "A"..."Z", "-", "_", ".", "/", ":", "#": continue
            default: return false
            }
        }
        return digit
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
    /// - Complexity: O(P · n) for P people with names of n characters: every distinct
    ///   name is folded once (`NameKeyCache`) and every name compared.
    public func matchNames(_ text: String) -> [(person: Int32, score: Int, matched: String)] {
        var cache = NameKeyCache()
        return matchNames(text, cache: &cache)
    }

    func matchNames(_ text: String, cache: inout NameKeyCache) -> [(person: Int32, score: Int, matched: String)] {
        let query = NameKey(text)
        let sortedWords = query.words.sorted()
        var found: [(person: Int32, score: Int, matched: String)] = []
        for p in 0..<Int32(personCount) {
            var best = 0, matched = ""
            for name in names(of: p) {
                let score = NameMatch.score(query, sortedWords: sortedWords, cache.key(name))
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
    /// - Throws: `QueryError.unknownPersonID` at once for an id (`NameMatch.looksLikeID`)
    ///   no one has; `QueryError.unknownPerson` when nothing matches as a whole, listing
    ///   the partial matches and then the names fewest edits away;
    ///   `QueryError.ambiguousPerson` when several match as a whole.
    public func resolvePerson(_ text: String) throws(QueryError) -> Int32 {
        if let p = personIndex(text) { return p }
        if NameMatch.looksLikeID(text) {
            // A merged record's old id lives on as an alias of the person who kept it
            // (PersonMerge), so reports that cite it still resolve; compared exactly,
            // no name folding.
            let holders = archive.people.indices.filter { archive.people[$0].aliases.contains(text) }
            if holders.count == 1 { return Int32(holders[0]) }
            if holders.count > 1 {
                throw QueryError.ambiguousPerson(text, candidates: holders.map { label(Int32($0)) })
            }
            throw QueryError.unknownPersonID(text)
        }
        var cache = NameKeyCache()
        let all = matchNames(text, cache: &cache)
        let found = all.filter { $0.score >= NameMatch.whole }
        guard let top = found.first else {
            var closest = all.prefix(5).map { label($0.person) }
            for name in closestNames(to: text, cache: &cache) where closest.count < 5 && !closest.contains(name) {
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

    /// The five people whose names are fewest edits away from `text` (ties by id).
    ///
    /// Only the best `count` are kept as the scan goes; a name whose length alone puts
    /// it further away than the worst of them is skipped, and a distance is given up
    /// as soon as it passes that worst one.
    ///
    /// - Complexity: O(P · n²) at worst; far less once the first close names are found.
    func closestNames(to text: String, count: Int = 5) -> [String] {
        var cache = NameKeyCache()
        return closestNames(to: text, count: count, cache: &cache)
    }

    func closestNames(to text: String, count: Int = 5, cache: inout NameKeyCache) -> [String] {
        guard count > 0 else { return [] }
        let query = Array(NameKey(text).canonical.unicodeScalars)
        // Best first: by distance, then by id.
        var best: [(person: Int32, distance: Int)] = []
        func precedes(_ a: (person: Int32, distance: Int), _ b: (person: Int32, distance: Int)) -> Bool {
            a.distance != b.distance ? a.distance < b.distance : personPrecedes(a.person, b.person)
        }
        // Each distinct name's folded letters, made once.
        var letters: [String: [Unicode.Scalar]] = [:]
        for p in 0..<Int32(personCount) {
            // A person further than the worst kept one cannot enter; one as far can, by id.
            let limit = best.count < count ? Int.max - 1 : best[best.count - 1].distance
            var d = Int.max
            func measure(_ name: String) {
                let key: [Unicode.Scalar]
                if let known = letters[name] {
                    key = known
                } else {
                    key = Array(cache.key(name).canonical.unicodeScalars)
                    if letters.count < cache.capacity { letters[name] = key }
                }
                let bound = min(limit, d)
                if abs(key.count - query.count) <= bound {
                    d = min(d, NameMatch.distance(query, key, atMost: bound))
                } else {
                    d = min(d, bound + 1)
                }
            }
            let record = person(p)
            measure(record.name)
            if let hangul = record.hangul { measure(hangul) }
            for alias in record.aliases { measure(alias) }
            guard d <= limit else { continue }
            let entry = (person: p, distance: d)
            if best.count == count {
                guard precedes(entry, best[count - 1]) else { continue }
                best.removeLast()
            }
            let at = best.firstIndex { precedes(entry, $0) } ?? best.count
            best.insert(entry, at: at)
        }
        return best.map { label($0.person) }
    }
}
