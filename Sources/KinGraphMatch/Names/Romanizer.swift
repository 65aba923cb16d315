/// Hangul written in the Latin alphabet, syllable by syllable with the sound changes
/// across syllable boundaries that each system writes.
///
/// Three systems, as the names in testimonies are spelled:
/// - `.revised`: the Revised Romanization of 2000 (the South): `철수` → `Cheolsu`;
///   for personal names sound changes between syllables are not written, as its
///   rules say (`복남` → `Boknam`).
/// - `.mcCuneReischauer`: McCune–Reischauer (1939), with breves and apostrophes:
///   aspirates `k' t' p' ch'`, `ŏ ŭ`, plain stops voiced between voiced sounds, and
///   nasal and liquid assimilation (`복남` → `Pongnam`, `신라` → `Silla`).
/// - `.northern`: the North's practice in its own publications and media, the
///   McCune–Reischauer letters without breves or apostrophes (`ŏ` → `o`, `ch'` → `ch`,
///   `t'` → `th`), word-initial `ㄹ` kept as `r` (`리` → `Ri`).
///
///     Romanizer.romanize("철수", .mcCuneReischauer)  // "Ch'ŏlsu"
///     Romanizer.romanize("철수", .revised)           // "Cheolsu"
///
/// Non-hangul characters are kept as they are.
enum Romanizer {
    enum System: Sendable, CaseIterable {
        case revised, mcCuneReischauer, northern
    }

    /// One syllable's jamo: indices into the initial, medial and final tables.
    struct Jamo: Equatable {
        var initial: Int
        var medial: Int
        var final: Int
    }

    static func jamo(_ scalar: Unicode.Scalar) -> Jamo? {
        guard (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
        let index = Int(scalar.value) - 0xAC00
        return Jamo(initial: index / (21 * 28), medial: (index / 28) % 21, final: index % 28)
    }

    /// `text` in `system`, lower case (callers capitalise names).
    static func romanize(_ text: String, _ system: System) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        for (i, scalar) in scalars.enumerated() {
            guard let syllable = jamo(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            let previous = i > 0 ? jamo(scalars[i - 1]) : nil
            let next = i + 1 < scalars.count ? jamo(scalars[i + 1]) : nil
            out += initial(syllable, after: previous, system)
            out += medials[system == .revised ? 0 : (system == .mcCuneReischauer ? 1 : 2)][syllable.medial]
            out += final(syllable, before: next, system)
        }
        return out
    }

    // MARK: Tables (index: initial 0–18, medial 0–20, final 0–27)

    /// Medials in RR, MR and the North's letters.
    private static let medials: [[String]] = [
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "eu", "ui", "i"],
        ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi",
         "yu", "ŭ", "ŭi", "i"],
        ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
         "yu", "u", "ui", "i"],
    ]

    /// The sound a final consonant (0–27) has before a pause or a consonant:
    /// one of the seven codas `k n t l m p ng`, or "" for none.
    static let coda: [String] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t",
    ]

    /// A final consonant's own initial (for liaison before `ㅇ`), as an initial index.
    private static let finalAsInitial: [Int?] = [
        nil, 0, 1, 9, 2, 12, 2, 3, 5, 0, 6, 7, 9, 16, 17, 5, 6, 7, 9, 9, 10, nil, 12, 14, 15, 16, 17, 18,
    ]

    private static let plainInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    private static let mrInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]
    private static let northInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]
    /// Plain stops voiced between voiced sounds (MR and the North): ㄱ ㄷ ㅂ ㅈ.
    private static let voiced: [Int: String] = [0: "g", 3: "d", 7: "b", 12: "j"]

    // MARK: Rules

    private static func initial(_ s: Jamo, after previous: Jamo?, _ system: System) -> String {
        if system == .revised {
            // Names: no assimilation is written; ㄹ after ㄹ is `l` (`ll`).
            if s.initial == 5, let previous, coda[previous.final] == "l" { return "l" }
            return plainInitials[s.initial]
        }
        let table = system == .mcCuneReischauer ? mrInitials : northInitials
        guard let previous else { return table[s.initial] }
        let before = coda[previous.final]
        switch s.initial {
        case 11:
            // Liaison: the final is heard at the start of this syllable (written in the
            // final's place, so nothing here).
            return ""
        case 5:
            // ㄹ: `ll` after l or n, `n` after other consonants, `r` between vowels.
            if before == "l" || before == "n" { return "l" }
            if before.isEmpty { return "r" }
            return "n"
        case 2 where before == "l":
            return "l"  // l + n → ll
        default:
            if before.isEmpty || before == "n" || before == "m" || before == "ng" || before == "l",
                let soft = voiced[s.initial]
            {
                // Plain stops are voiced after a vowel or a nasal or liquid.
                return soft
            }
            return table[s.initial]
        }
    }

    private static func final(_ s: Jamo, before next: Jamo?, _ system: System) -> String {
        let sound = coda[s.final]
        guard let next, system != .revised else {
            if system == .revised, let next, next.initial == 11, let own = finalAsInitial[s.final] {
                // RR writes a final before ㅇ by its own letter (`ㄱ` → `g`: 석우 → Seogu).
                return plainInitials[own] == "r" ? "l" : plainInitials[own]
            }
            return sound
        }
        if next.initial == 11, let own = finalAsInitial[s.final] {
            // Liaison: the final moves over, voiced between vowels.
            if own == 5 { return "r" }
            let table = system == .mcCuneReischauer ? mrInitials : northInitials
            return voiced[own] ?? table[own]
        }
        let nasal = next.initial == 2 || next.initial == 6 || next.initial == 5
        switch sound {
        case "k" where nasal: return "ng"
        case "t" where nasal: return "n"
        case "p" where nasal: return "m"
        case "n" where next.initial == 5: return "l"
        default: return sound
        }
    }
}
