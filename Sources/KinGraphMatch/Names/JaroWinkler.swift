/// The Jaro–Winkler similarity of two strings: 1 for equal strings, 0 for nothing in
/// common, weighting agreement at the start (where names differ least often).
///
///     JaroWinkler.similarity("colso", "colso")  // 1.0
///     JaroWinkler.similarity("colso", "colho")  // ≈ 0.91
///
/// - Complexity: O(a · b) for strings of a and b bytes (names: a few dozen); strings
///   over 64 bytes are only compared for equality.
enum JaroWinkler {
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(Array(a.utf8), Array(b.utf8))
    }

    /// The similarity of two byte strings (folded names are ASCII).
    static func similarity(_ s: [UInt8], _ t: [UInt8]) -> Double {
        if s.isEmpty || t.isEmpty { return s.isEmpty && t.isEmpty ? 1 : 0 }
        if s == t { return 1 }
        guard s.count <= 64 && t.count <= 64 else { return s == t ? 1 : 0 }
        let window = max(0, max(s.count, t.count) / 2 - 1)
        // Matched positions as bit sets: no allocation per comparison.
        var sMask: UInt64 = 0, tMask: UInt64 = 0
        var matches = 0
        for i in 0..<s.count {
            let low = max(0, i - window), high = min(t.count - 1, i + window)
            if low > high { continue }
            for j in low...high where tMask & (1 << UInt64(j)) == 0 && s[i] == t[j] {
                sMask |= 1 << UInt64(i)
                tMask |= 1 << UInt64(j)
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<s.count where sMask & (1 << UInt64(i)) != 0 {
            while tMask & (1 << UInt64(k)) == 0 { k += 1 }
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
