/// The South's initial-sound rule (두음 법칙): at the start of a word ㄹ is written
/// ㅇ before ㅣ and the y-vowels and ㄴ elsewhere, and ㄴ is written ㅇ before ㅣ and
/// the y-vowels; the North keeps both (`리` / `이`, `류` / `유`, `로` / `노`, `녀` / `여`).
enum HangulInitial {
    /// Medials (0–20) that begin with i or y: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ.
    private static let glides: Set<Int> = [2, 3, 6, 7, 12, 17, 20]

    /// `text` with its first syllable written the South's way: `룡철` → `용철`.
    static func southern(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let jamo = Romanizer.jamo(first) else { return text }
        var initial = jamo.initial
        if initial == 5 { initial = glides.contains(jamo.medial) ? 11 : 2 }
        else if initial == 2 && glides.contains(jamo.medial) { initial = 11 }
        guard initial != jamo.initial,
            let scalar = Unicode.Scalar(UInt32(0xAC00 + (initial * 21 + jamo.medial) * 28 + jamo.final))
        else { return text }
        scalars[0] = scalar
        return String(String.UnicodeScalarView(scalars))
    }
}
