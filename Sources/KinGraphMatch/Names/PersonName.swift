import Foundation
import KinGraphCore

/// One written name (the name, the hangul or an alias) split into a surname and a
/// given name, each reduced to forms the usual spellings share.
///
/// A hangul name's surname is its first syllable (two for the compound surnames);
/// its given name is written out in the Revised Romanization, McCune–Reischauer and
/// the North's spelling by `Romanizer`, and each is folded as `NameKey` folds. A
/// romanised name is read surname first, unless only its last word is a surname
/// (`Cheol-su Kim`); syllable breaks, hyphens and spaces inside the given name do
/// not matter.
///
///     PersonName("Kim Cheol-soo", cache: cache).given  // ["colso"]
///     PersonName("김철수", cache: cache).given          // ["colso"] (every system folds alike here)
struct PersonName: Sendable {
    /// The surnames it can be (hangul where known, else the folded spelling); empty
    /// when the name is one word.
    let surnames: Set<String>
    /// The folded given name, in every spelling it was read as.
    let given: Set<String>
    /// `given` as bytes, sorted, for comparing.
    let givenBytes: [[UInt8]]
    /// The given name's syllables, folded, when the writing shows them (hangul, or
    /// hyphens and spaces): `Mi-na` and `Min-a` fold alike but are two names.
    let syllables: [String]?
    /// `syllables` run together.
    let syllablesJoined: String?
    /// The given name in hangul, with the South's initial-sound rule undone on its
    /// first syllable (`룡` → `용`), when written in hangul.
    let hangulGiven: String?
    /// The whole name folded, as a blocking key.
    let whole: String
    /// `surnames`, `given`, `hangulGiven` (−1: none) and `whole` as ids of the cache
    /// they were read with, sorted: comparing integers, not strings.
    let surnameIDs: [Int32]
    let givenIDs: [Int32]
    let hangulGivenID: Int32
    let wholeID: Int32

    /// Reads `text`, folding each surname and given name once per `cache`.
    init(_ text: String, cache: NameCache) {
        let trimmed = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        let isHangul = !trimmed.isEmpty && trimmed.joined().unicodeScalars.allSatisfy { Hangul.isSyllable($0) }
        let forms: NameCache.Given
        if isHangul {
            let joined = trimmed.joined()
            let scalars = Array(joined.unicodeScalars)
            var surnameLength = scalars.count >= 3 && Surnames.compound.contains(String(String.UnicodeScalarView(scalars.prefix(2)))) ? 2 : 1
            if trimmed.count >= 2 { surnameLength = trimmed[0].unicodeScalars.count }
            if scalars.count < 2 { surnameLength = 0 }
            let surname = String(String.UnicodeScalarView(scalars.prefix(surnameLength)))
            let givenText = String(String.UnicodeScalarView(scalars.dropFirst(surnameLength)))
            surnames = surname.isEmpty ? [] : cache.surname(surname)
            forms = cache.given(givenText, hangul: true)
        } else if trimmed.count >= 2 {
            var words = trimmed
            if !cache.isKnownSurname(words[0]), let last = words.last, cache.isKnownSurname(last) {
                words = [last] + words.dropLast()
            }
            surnames = cache.surname(words[0])
            forms = cache.given(words.dropFirst().joined(separator: " "), hangul: false)
        } else {
            surnames = []
            forms = cache.given(text, hangul: false)
        }
        given = forms.folded
        givenBytes = forms.bytes
        syllables = forms.syllables
        syllablesJoined = forms.syllables?.joined()
        hangulGiven = forms.hangul
        whole = (surnames.sorted().first ?? "") + "|" + (forms.bytes.first.map { String(decoding: $0, as: UTF8.self) } ?? "")
        surnameIDs = surnames.map(cache.id).sorted()
        givenIDs = forms.folded.map(cache.id).sorted()
        hangulGivenID = forms.hangul.map(cache.id) ?? -1
        wholeID = cache.id(whole)
    }

    /// The forms of a given name (see `PersonName`), worked out from its text.
    static func givenForms(_ givenText: String, hangul: Bool) -> NameCache.Given {
        var given: Set<String>
        var syllables: [String]?
        var hangulGiven: String?
        if hangul {
            given = [NameKey(givenText).canonical]
            for system in Romanizer.System.allCases {
                given.insert(NameKey(Romanizer.romanize(givenText, system)).canonical)
            }
            syllables = givenText.unicodeScalars.map { NameKey(String($0)).canonical }
            hangulGiven = givenText.isEmpty ? nil : HangulInitial.southern(givenText)
        } else {
            given = [NameKey(givenText).canonical]
            let lower = givenText.lowercased()
            if lower.contains("woo") {
                // `Woong`, `Woo` for 웅, 우: the w is the South's spelling of a bare u.
                given.insert(NameKey(lower.replacingOccurrences(of: "woo", with: "u")).canonical)
            }
            let pieces = givenText.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "‐" }).map {
                NameKey(String($0)).canonical
            }
            syllables = pieces.count > 1 ? pieces : nil
        }
        let folded = unassimilated(given)
        return NameCache.Given(
            folded: folded, bytes: folded.sorted().map { Array($0.utf8) }, syllables: syllables, hangul: hangulGiven)
    }

    /// `true` when a given name written without a break (`Cholho`) starts with the
    /// first of two syllables and ends in something nothing like the second, or ends
    /// with the second after something nothing like the first: siblings' names.
    static func siblingPattern(_ split: [String], _ joined: Set<String>) -> Bool {
        for whole in joined {
            if whole.hasPrefix(split[0]) && whole != split.joined(),
                JaroWinkler.similarity(String(whole.dropFirst(split[0].count)), split[1]) < 0.75
            {
                return true
            }
            if whole.hasSuffix(split[1]) && whole != split.joined(),
                JaroWinkler.similarity(String(whole.dropLast(split[1].count)), split[0]) < 0.75
            {
                return true
            }
        }
        return false
    }

    /// `true` when two sorted id lists share one.
    static func intersects(_ a: [Int32], _ b: [Int32]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Folded given names with the spelling each would have before nasal
    /// assimilation, as McCune–Reischauer writes it (`Pongnam` is `복남`, `Boknam`):
    /// `nkn` → `kn`, `nkm` → `km`.
    static func unassimilated(_ given: Set<String>) -> Set<String> {
        var all = given
        for g in given where g.contains("nkn") || g.contains("nkm") {
            all.insert(g.replacingOccurrences(of: "nkn", with: "kn").replacingOccurrences(of: "nkm", with: "km"))
        }
        return all
    }

    /// How two written names compare: surnames shared, and the closest given names
    /// (Jaro–Winkler of the folded spellings; a given name written alike but split
    /// into other syllables counts as similar, not the same).
    func compare(_ other: PersonName) -> (sameSurname: Bool, given: Double) {
        let sameSurname = PersonName.intersects(surnameIDs, other.surnameIDs)
        if let mine = syllablesJoined, let theirs = other.syllablesJoined, mine == theirs, syllables != other.syllables {
            return (sameSurname, Comparison.similarGiven)
        }
        if hangulGivenID >= 0 && other.hangulGivenID >= 0, let mine = hangulGiven, let theirs = other.hangulGiven {
            if hangulGivenID == other.hangulGivenID { return (sameSurname, 1) }
            // Both in hangul and not the same: romanisations that meet (`영` and `용`
            // are both Yong in the North) do not make them one name.
            return (sameSurname, min(Comparison.similarGiven, JaroWinkler.similarity(mine, theirs)))
        }
        if PersonName.intersects(givenIDs, other.givenIDs) { return (sameSurname, 1) }
        if let mine = syllables, let theirs = other.syllables, mine.count == theirs.count {
            // One syllable the same and another nothing like it is how siblings are
            // named (a generation syllable shared), not how one name is respelled.
            for (x, y) in zip(mine, theirs) where x != y && JaroWinkler.similarity(x, y) < 0.75 {
                return (sameSurname, 0)
            }
        } else if let split = syllables ?? other.syllables, split.count == 2,
            PersonName.siblingPattern(split, (syllables == nil ? self : other).given)
        {
            return (sameSurname, 0)
        }
        var best = 0.0
        for a in givenBytes {
            for b in other.givenBytes {
                best = max(best, JaroWinkler.similarity(a, b))
                if best == 1 { return (sameSurname, 1) }
            }
        }
        return (sameSurname, best)
    }
}
