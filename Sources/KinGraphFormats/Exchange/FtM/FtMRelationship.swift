import KinGraphCore

/// FtM `Family.relationship` words, from the `person`'s side: the word says what
/// `relative` is to `person` ("son": the relative is the person's son).
enum FtMRelationship {
    /// The word for a family tie from `tie.from` (the FtM person) to `tie.to` (the relative).
    static func word(_ kind: TieKind, relativeSex: Sex?) -> String {
        switch (kind, relativeSex) {
        case (.parent, .male): return "son"
        case (.parent, .female): return "daughter"
        case (.parent, _): return "child"
        case (.spouse, .male): return "husband"
        case (.spouse, .female): return "wife"
        case (.spouse, _): return "spouse"
        case (.sibling, .male): return "brother"
        case (.sibling, .female): return "sister"
        case (.sibling, _): return "sibling"
        default: return "relative"
        }
    }

    /// How a relationship word maps back to a tie.
    enum Reading: Equatable {
        /// The relative is the person's child: a `parent` tie from person to relative.
        case child
        /// The relative is the person's parent: a `parent` tie from relative to person.
        case parent
        /// A symmetric family tie of this kind.
        case symmetric(TieKind)
    }

    /// Reads a relationship word (any case, `-in-law`, `step` and `half-` forms fall
    /// back to `relative`); `nil` for an empty word, which also reads as `relative`.
    static func read(_ word: String) -> Reading {
        let w = word.lowercased().trimmingCharacters(in: " \t.")
        switch w {
        case "son", "daughter", "child", "children": return .child
        case "father", "mother", "parent", "parents": return .parent
        case "husband", "wife", "spouse", "partner": return .symmetric(.spouse)
        case "brother", "sister", "sibling", "siblings": return .symmetric(.sibling)
        default: return .symmetric(.relative)
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
