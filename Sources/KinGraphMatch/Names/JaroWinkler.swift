/// The Jaro–Winkler similarity of two strings: 1 for equal strings, 0 for nothing in
/// common, weighting agreement at the start (where names differ least often).
///
///     JaroWinkler.similarity("colso", "colso")  // 1.0
///     JaroWinkler.similarity("colso", "colho")  // ≈ 0.91
///
/// - Complexity: O(a · b) for strings of a and b scalars (names: a few dozen).
enum JaroWinkler {
    static func similarity(_ a: String, _ b: String) -> Double {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if s.isEmpty || t.isEmpty { return s.isEmpty && t.isEmpty ? 1 : 0 }
        if s == t { return 1 }
        let window = max(0, max(s.count, t.count) / 2 - 1)
        var sMatched = [Bool](repeating: false, count: s.count)
        var tMatched = [Bool](repeating: false, count: t.count)
        var matches = 0
        for i in 0..<s.count {
            let low = max(0, i - window), high = min(t.count - 1, i + window)
            if low > high { continue }
            for j in low...high where !tMatched[j] && s[i] == t[j] {
                sMatched[i] = true
                tMatched[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<s.count where sMatched[i] {
            while !tMatched[k] { k += 1 }
            if s[i] != t[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(s.count) + m / Double(t.count) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, s.count, t.count) && s[prefix] == t[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
