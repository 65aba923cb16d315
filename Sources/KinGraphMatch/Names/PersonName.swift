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
///     PersonName("Kim Cheol-soo").given  // ["colso"]
///     PersonName("김철수").given          // ["colso"] (every system folds alike here)
struct PersonName: Sendable, Hashable {
    /// The surnames it can be (hangul where known, else the folded spelling); empty
    /// when the name is one word.
    let surnames: Set<String>
    /// The folded given name, in every spelling it was read as.
    let given: Set<String>
    /// The given name's syllables, folded, when the writing shows them (hangul, or
    /// hyphens and spaces): `Mi-na` and `Min-a` fold alike but are two names.
    let syllables: [String]?
    /// The given name in hangul, with the South's initial-sound rule undone on its
    /// first syllable (`룡` → `용`), when written in hangul.
    let hangulGiven: String?
    /// The whole name folded, as a blocking key.
    let whole: String

    init(_ text: String) {
        let trimmed = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        let isHangul = !trimmed.isEmpty && trimmed.joined().unicodeScalars.allSatisfy { Hangul.isSyllable($0) }
        if isHangul {
            let joined = trimmed.joined()
            let scalars = Array(joined.unicodeScalars)
            var surnameLength = scalars.count >= 3 && Surnames.compound.contains(String(String.UnicodeScalarView(scalars.prefix(2)))) ? 2 : 1
            if trimmed.count >= 2 { surnameLength = trimmed[0].unicodeScalars.count }
            if scalars.count < 2 { surnameLength = 0 }
            let surname = String(String.UnicodeScalarView(scalars.prefix(surnameLength)))
            let givenText = String(String.UnicodeScalarView(scalars.dropFirst(surnameLength)))
            var given: Set<String> = [NameKey(givenText).canonical]
            for system in Romanizer.System.allCases {
                given.insert(NameKey(Romanizer.romanize(givenText, system)).canonical)
            }
            surnames = surname.isEmpty ? [] : Surnames.keys(surname)
            self.given = PersonName.unassimilated(given)
            syllables = givenText.unicodeScalars.map { NameKey(String($0)).canonical }
            hangulGiven = givenText.isEmpty ? nil : HangulInitial.southern(givenText)
        } else if trimmed.count >= 2 {
            var words = trimmed
            if !Surnames.isKnown(words[0]), let last = words.last, Surnames.isKnown(last) {
                words = [last] + words.dropLast()
            }
            surnames = Surnames.keys(words[0])
            let givenText = words.dropFirst().joined(separator: " ")
            given = PersonName.unassimilated([NameKey(givenText).canonical])
            let pieces = givenText.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "‐" }).map {
                NameKey(String($0)).canonical
            }
            syllables = pieces.count > 1 ? pieces : nil
            hangulGiven = nil
        } else {
            surnames = []
            given = PersonName.unassimilated([NameKey(text).canonical])
            syllables = nil
            hangulGiven = nil
        }
        let surnameKey = surnames.sorted().first ?? ""
        whole = surnameKey + "|" + (given.sorted().first ?? "")
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
        let sameSurname = !surnames.isDisjoint(with: other.surnames)
        if let mine = syllables, let theirs = other.syllables, mine.joined() == theirs.joined(), mine != theirs {
            return (sameSurname, Comparison.similarGiven)
        }
        if let mine = hangulGiven, let theirs = other.hangulGiven, mine != theirs {
            // Both in hangul and not the same: romanisations that meet (`영` and `용`
            // are both Yong in the North) do not make them one name.
            return (sameSurname, min(Comparison.similarGiven, JaroWinkler.similarity(mine, theirs)))
        }
        var best = 0.0
        for a in given {
            for b in other.given {
                best = max(best, JaroWinkler.similarity(a, b))
                if best == 1 { return (sameSurname, 1) }
            }
        }
        return (sameSurname, best)
    }
}
