/// Hangul syllables written in the Revised Romanization, one syllable at a time, so a
/// name given in hangul can be compared with its romanised spellings.
package enum Hangul {
    /// `true` for a precomposed syllable (가 … 힣).
    package static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// The Revised Romanization of one precomposed syllable, e.g. 철 → `cheol`.
    package static func romanize(_ scalar: Unicode.Scalar) -> String {
        let index = Int(scalar.value) - 0xAC00
        let initial = index / (21 * 28), medial = (index / 28) % 21, final = index % 28
        return initials[initial] + medials[medial] + finals[final]
    }

    private static let initials = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
    ]
    private static let medials = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i",
    ]
    private static let finals = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t",
    ]
}
