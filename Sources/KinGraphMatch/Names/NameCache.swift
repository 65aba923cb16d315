/// Surnames and given names folded once per run: an archive names a few hundred
/// surnames and a few thousand given names many times over.
///
/// Used by one thread at a time (preparing records is sequential).
final class NameCache {
    /// The forms of one given name (see `PersonName`).
    struct Given {
        let folded: Set<String>
        let bytes: [[UInt8]]
        let syllables: [String]?
        let hangul: String?
    }

    private var givens: [String: Given] = [:]
    private var surnames: [String: Set<String>] = [:]
    private var known: [String: Bool] = [:]
    private var ids: [String: Int32] = [:]

    /// A small integer for `text`, the same for every equal text.
    func id(_ text: String) -> Int32 {
        if let found = ids[text] { return found }
        let next = Int32(ids.count)
        ids[text] = next
        return next
    }

    func given(_ text: String, hangul: Bool) -> Given {
        if let found = givens[text] { return found }
        let forms = PersonName.givenForms(text, hangul: hangul)
        givens[text] = forms
        return forms
    }

    func surname(_ text: String) -> Set<String> {
        if let found = surnames[text] { return found }
        let keys = Surnames.keys(text)
        surnames[text] = keys
        return keys
    }

    func isKnownSurname(_ text: String) -> Bool {
        if let found = known[text] { return found }
        let isKnown = Surnames.isKnown(text)
        known[text] = isKnown
        return isKnown
    }
}
