import KinGraphCore

/// A home town reduced to a key its spellings share: `Hyesan`, `Hyesan-si`,
/// `Hyesan City`, `혜산`, `혜산시` and `Hyesan, Ryanggang` are one place.
///
/// The first comma-separated part is the town (the rest is the province); an
/// administrative suffix (`-si`, `-gun`, `-gu`, `-up`, city, county, 시, 군, 구, 읍)
/// is dropped, hangul is romanised, and the spelling is folded as `NameKey` folds.
enum PlaceKey {
    private static let latinSuffixes = [
        "-si", " si", "-shi", " city", "-gun", " gun", "-kun", " county", "-gu", "-ku", "-up", "-eup",
        " district", " province", "-do",
    ]
    private static let hangulSuffixes: Set<Unicode.Scalar> = ["시", "군", "구", "읍", "도"]

    /// The key of `text`, or `nil` when nothing is left.
    static func of(_ text: String) -> String? {
        var town = String(text.split(separator: ",", maxSplits: 1).first ?? "").lowercased()
        while town.hasSuffix(" ") { town.removeLast() }
        while town.hasPrefix(" ") { town.removeFirst() }
        for suffix in latinSuffixes where town.hasSuffix(suffix) && town.count > suffix.count + 1 {
            town.removeLast(suffix.count)
            break
        }
        let scalars = Array(town.unicodeScalars)
        if scalars.count >= 3, let last = scalars.last, hangulSuffixes.contains(last),
            Hangul.isSyllable(scalars[scalars.count - 2])
        {
            town = String(String.UnicodeScalarView(scalars.dropLast()))
        }
        if town.unicodeScalars.contains(where: Hangul.isSyllable) {
            // Read as one word, so `회령` meets `Hoeryong` as the town is written.
            town = Romanizer.romanize(town, .revised)
        }
        let key = NameKey(town).canonical
        return key.isEmpty ? nil : key
    }
}
