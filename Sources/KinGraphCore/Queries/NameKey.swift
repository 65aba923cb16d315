/// A name reduced to keys that the usual spellings of one Korean name share.
///
/// Case, spaces, hyphens and apostrophes are ignored; hangul is read in the Revised
/// Romanization; then each syllable-ish piece is folded so that McCune–Reischauer,
/// Revised Romanization and common spellings meet: `Chol`/`Cheol`/`Chul` → `col`,
/// `Kim`/`Gim` → `kim`, `Ri`/`Lee`/`Yi`/`Rhee`/`I` → `i`, `Pak`/`Park`/`Bak` → `pak`,
/// `Choe`/`Choi`/`Choy` → `cwe`, `Jong`/`Jung`/`Chong`/`Jeong` → `conk`,
/// `Hyon`/`Hyun`/`Hyeon` → `hyon`, `Yong`/`Young`/`Yeong` → `yonk`, `O`/`Oh` → `o`,
/// `Hui`/`Hŭi`/`Hee` → `hi`.
///
///     NameKey("Kim Chol-su").canonical == NameKey("Gim Cheolsu").canonical  // true
///     NameKey("김철수").canonical == NameKey("Kim Chul Soo").canonical         // true
package struct NameKey: Sendable, Hashable {
    /// Lower-cased, without spaces, hyphens or apostrophes: the name as written.
    package let literal: String
    /// The folded pieces run together.
    package let canonical: String
    /// The folded words (space-separated parts, hyphenated pieces joined).
    package let words: [String]

    package init(_ text: String) {
        var literal = ""
        var words: [String] = []
        var word = ""
        var piece: [UInt8] = []
        func endPiece() {
            if !piece.isEmpty { word += NameKey.fold(piece) }
            piece.removeAll(keepingCapacity: true)
        }
        func endWord() {
            endPiece()
            if !word.isEmpty { words.append(NameKey.squeeze(word)) }
            word = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                // The common case, without Unicode property lookups.
                switch scalar {
                case "a"..."z":
                    literal.unicodeScalars.append(scalar)
                    piece.append(UInt8(scalar.value))
                case " ", "\t", "\n", "\r", ",", ".": endWord()
                case "-", "_": endPiece()
                case "0"..."9":
                    literal.unicodeScalars.append(scalar)
                    endPiece()
                    word.unicodeScalars.append(scalar)
                default: continue
                }
            } else if Hangul.isSyllable(scalar) {
                literal.unicodeScalars.append(scalar)
                endPiece()
                piece = Array(Hangul.romanize(scalar).utf8)
                endPiece()
            } else if let letter = NameKey.latinLetter(scalar) {
                literal.unicodeScalars.append(scalar)
                piece.append(letter)
            } else if NameKey.apostrophes.contains(scalar) {
                continue
            } else if scalar.properties.isWhitespace || scalar == "," || scalar == "." {
                endWord()
            } else if scalar == "-" || scalar == "‐" || scalar == "–" || scalar == "_" {
                endPiece()
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Another script: kept as written, as its own piece.
                literal.unicodeScalars.append(scalar)
                endPiece()
                word.unicodeScalars.append(scalar)
            }
        }
        endWord()
        self.literal = literal
        self.words = words
        self.canonical = NameKey.squeeze(words.joined())
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "`", "ʼ", "ʻ"]

    /// The ASCII letter a Latin letter folds to (`ŏ` → `o`, `ŭ` → `u`), if it is one.
    private static func latinLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII {
            let v = UInt8(scalar.value)
            return v >= 97 && v <= 122 ? v : nil
        }
        switch scalar {
        case "ŏ", "ǒ", "ô", "ö", "ó", "ò", "õ": return UInt8(ascii: "o")
        case "ŭ", "ǔ", "û", "ü", "ú", "ù": return UInt8(ascii: "u")
        case "é", "è", "ê", "ë", "ě": return UInt8(ascii: "e")
        case "á", "à", "â", "ä", "ǎ", "ă": return UInt8(ascii: "a")
        case "í", "ì", "î", "ï", "ǐ": return UInt8(ascii: "i")
        default: return nil
        }
    }

    /// Collapses runs of one letter (`kimmina` → `kimina`), so a doubled consonant
    /// written across a syllable break matches one written once.
    package static func squeeze(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for s in text.unicodeScalars where s != last {
            out.append(s)
            last = s
        }
        return String(out)
    }

    // MARK: Folding one piece

    private static let vowelLetters: Set<UInt8> = Set("aeiouyw".utf8)

    /// Vowel spellings and what they fold to; matched longest first.
    private static let vowelUnits: [String: String] = [
        "a": "a", "ae": "e", "ai": "e", "ay": "e", "e": "e",
        "ya": "ya", "yae": "ye", "ye": "ye",
        "o": "o", "eo": "o", "u": "o", "eu": "o", "oo": "o", "ou": "o",
        "yo": "yo", "yeo": "yo", "yu": "yo", "you": "yo", "yoo": "yo",
        "i": "i", "ee": "i", "yi": "i", "y": "i",
        "oe": "we", "oi": "we", "oy": "we", "we": "we", "wae": "we",
        "wa": "wa", "wo": "wo", "weo": "wo", "wi": "wi", "wee": "wi",
        "ui": "i", "eui": "i", "w": "w",
    ]

    /// Folds one piece (ASCII lower-case letters, no separators).
    package static func fold(_ letters: [UInt8]) -> String {
        // Split into alternating runs of consonants and vowels.
        var runs: [(text: [UInt8], vowel: Bool)] = []
        for c in letters {
            let vowel = vowelLetters.contains(c)
            if let last = runs.last, last.vowel == vowel {
                runs[runs.count - 1].text.append(c)
            } else {
                runs.append(([c], vowel))
            }
        }
        var folded: [String] = runs.map { $0.vowel ? foldVowels($0.text) : "" }
        for (i, run) in runs.enumerated() where !run.vowel {
            let next = i + 1 < runs.count ? folded[i + 1] : ""
            folded[i] = foldConsonants(run.text, atStart: i == 0, atEnd: i == runs.count - 1, before: next)
        }
        return folded.joined()
    }

    private static func foldVowels(_ run: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < run.count {
            var matched = false
            for length in stride(from: min(3, run.count - i), through: 1, by: -1) {
                let unit = String(decoding: run[i..<(i + length)], as: UTF8.self)
                if let folded = vowelUnits[unit] {
                    out += folded
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out.unicodeScalars.append(Unicode.Scalar(run[i]))
                i += 1
            }
        }
        return out
    }

    private static func foldConsonants(_ run: [UInt8], atStart: Bool, atEnd: Bool, before vowel: String) -> String {
        var letters = run
        let r = UInt8(ascii: "r"), l = UInt8(ascii: "l"), n = UInt8(ascii: "n"), h = UInt8(ascii: "h")
        if atStart {
            // Initial ㄹ and ㄴ as the South writes them: Ri → I, Ryu → Yu, Ro → No, Nyo → Yo.
            if letters.starts(with: [r, h]) { letters.remove(at: 1) }
            let glide = vowel.hasPrefix("i") || vowel.hasPrefix("y")
            if letters.count == 1, letters[0] == r || letters[0] == l {
                letters = glide ? [] : [n]
            } else if letters.count == 1, letters[0] == n, glide {
                letters = []
            }
        } else if let first = letters.first, first == r || first == h, letters.count > 1 || atEnd {
            // An English-style r or h after a vowel: Park → Pak, Oh → O, Ahn → An.
            letters.removeFirst()
        }
        var out = ""
        var i = 0
        while i < letters.count {
            let rest = letters[i...]
            if rest.starts(with: Array("tch".utf8)) {
                out += "c"
                i += 3
            } else if rest.starts(with: Array("ch".utf8)) {
                out += "c"
                i += 2
            } else if rest.starts(with: Array("sh".utf8)) {
                out += "s"
                i += 2
            } else {
                switch letters[i] {
                case UInt8(ascii: "g"), UInt8(ascii: "q"): out += "k"
                case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "v"): out += "p"
                case UInt8(ascii: "d"): out += "t"
                case UInt8(ascii: "j"), UInt8(ascii: "z"): out += "c"
                case r: out += "l"
                default: out.unicodeScalars.append(Unicode.Scalar(letters[i]))
                }
                i += 1
            }
        }
        return out
    }
}
