/// Compares two prepared records field by field (the levels of `Field`).
enum Comparison {
    /// Given names at least this similar (Jaro–Winkler, folded) are "close".
    static let closeGiven = 0.93
    /// Given names at least this similar are "similar".
    static let similarGiven = 0.85
    private static let day: Int32 = 1
    private static let year: Int32 = 366

    /// The levels for records `i` and `j` of `records`.
    ///
    /// - Parameter gated: relatives count only when the names agree at least in part
    ///   (below); random pairs for u are compared without the gate, since it would
    ///   leave almost none of them a relatives level to count.
    /// - Complexity: O(n² + r + e²) for names of n letters, r relatives and e events.
    static func compare(_ records: [MatchRecord], _ i: Int32, _ j: Int32, gated: Bool = true) -> ComparisonVector {
        let a = records[Int(i)], b = records[Int(j)]
        var v = ComparisonVector()
        v[.name] = nameLevel(a, b)
        if let x = a.born, let y = b.born { v[.born] = bornLevel(x, y) }
        if let x = a.sex, let y = b.sex { v[.sex] = x == y ? 1 : 0 }
        if let x = a.home, let y = b.home {
            v[.home] = x == y ? 2 : (JaroWinkler.similarity(x, y) >= 0.9 ? 1 : 0)
        }
        // Relatives speak for one person only between records whose names agree at
        // least in part: siblings share parents too, and their names differ.
        let relatives = relativesLevel(a, b, i, j)
        v[.relatives] = !gated || relatives == 0 || (v[.name] ?? 0) >= 1 ? relatives : nil
        if !a.events.isEmpty && !b.events.isEmpty { v[.events] = eventsLevel(a, b) }
        return v
    }

    /// 3 same surname and given name (in some spelling), 2 same surname and a close
    /// given name, 1 same surname and a similar given name or the same given name
    /// under another surname, 0 otherwise.
    ///
    /// When both records give a name in hangul, the hangul decides: romanised
    /// spellings that fold alike (`Yong-chun`, `Yong-chol`) cannot outvote it.
    static func nameLevel(_ a: MatchRecord, _ b: MatchRecord) -> Int {
        var best = 0
        let hangulA = a.names.filter { $0.hangulGivenID >= 0 }, hangulB = b.names.filter { $0.hangulGivenID >= 0 }
        let (left, right) = hangulA.isEmpty || hangulB.isEmpty ? (a.names, b.names) : (hangulA, hangulB)
        for x in left {
            for y in right {
                let (sameSurname, given) = x.compare(y)
                let level: Int
                if sameSurname {
                    level = given == 1 ? 3 : given >= closeGiven ? 2 : given >= similarGiven ? 1 : 0
                } else {
                    level = given == 1 ? 1 : 0
                }
                best = max(best, level)
                if best == 3 { return 3 }
            }
        }
        return best
    }

    /// The gap in days between two ranges (0 when they overlap).
    static func gap(_ x: ClosedRange<Int32>, _ y: ClosedRange<Int32>) -> Int32 {
        if x.upperBound < y.lowerBound { return y.lowerBound - x.upperBound }
        if y.upperBound < x.lowerBound { return x.lowerBound - y.upperBound }
        return 0
    }

    static func bornLevel(_ x: ClosedRange<Int32>, _ y: ClosedRange<Int32>) -> Int {
        let g = gap(x, y)
        return g == 0 ? 3 : g <= year ? 2 : g <= 3 * year ? 1 : 0
    }

    /// 0 when the two are tied to each other; otherwise, when both have relatives,
    /// how many of them are the same record or bear the same name.
    static func relativesLevel(_ a: MatchRecord, _ b: MatchRecord, _ i: Int32, _ j: Int32) -> Int? {
        if contains(a.tied, j) || contains(b.tied, i) { return 0 }
        guard !a.relatives.isEmpty && !b.relatives.isEmpty else { return nil }
        var shared = sharedCount(a.relatives, b.relatives)
        if shared < 2 {
            // Relatives recorded twice: the same name on both sides.
            shared = max(shared, sharedCount(a.relativeNames, b.relativeNames))
        }
        return shared == 0 ? 1 : shared == 1 ? 2 : 3
    }

    /// How many values two sorted lists share.
    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var shared = 0, x = 0, y = 0
        while x < a.count && y < b.count {
            if a[x] == b[y] {
                shared += 1
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return shared
    }

    static func eventsLevel(_ a: MatchRecord, _ b: MatchRecord) -> Int {
        var best = 0
        for x in a.events {
            for y in b.events where x.kind == y.kind {
                guard let dx = x.dates, let dy = y.dates else { continue }
                let g = gap(dx, dy)
                if g <= 31, let px = x.place, px == y.place { return 2 }
                if g <= year { best = 1 }
            }
        }
        return best
    }

    static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}
