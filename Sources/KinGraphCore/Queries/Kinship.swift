/// English kinship words for a family path, read from the first person's side.
///
///     Kinship.term([.spouse, .parent], sex: .female)  // "mother-in-law"
///     Kinship.term([.parent, .sibling], sex: nil)     // "parent's sibling" (no neutral word)
///     Kinship.term([.parent, .spouse, .sibling], sex: .male)  // "parent's spouse's sibling"
///
/// A parent's child counts as a sibling and a sibling's sibling as a sibling before the
/// words are looked up, so `[.parent, .parent, .child]` is an uncle or aunt. The
/// relative's sex picks the word (`F` female, `M` male); `X` or unknown takes the
/// neutral word, or the steps when English has none.
public enum Kinship {
    /// The word for the relative at the end of `steps`, whose sex is `sex`.
    public static func term(_ steps: [KinStep], sex: Sex?) -> String {
        let words = table[normalized(steps)]
        let word: String?
        switch sex {
        case .female: word = words?.female
        case .male: word = words?.male
        default: word = words?.neutral
        }
        return word ?? steps.map(\.word).joined(separator: "'s ")
    }

    /// Rewrites parent-then-child and sibling-then-sibling as one sibling step, until
    /// neither is left.
    static func normalized(_ steps: [KinStep]) -> [KinStep] {
        var out: [KinStep] = []
        for step in steps {
            out.append(step)
            while out.count >= 2 {
                let pair = (out[out.count - 2], out[out.count - 1])
                guard (pair.0 == .parent && pair.1 == .child) || (pair.0 == .sibling && pair.1 == .sibling)
                else { break }
                out.removeLast(2)
                out.append(.sibling)
            }
        }
        return out
    }

    private typealias Words = (female: String, male: String, neutral: String?)

    private static let table: [[KinStep]: Words] = [
        [.parent]: ("mother", "father", "parent"),
        [.child]: ("daughter", "son", "child"),
        [.sibling]: ("sister", "brother", "sibling"),
        [.spouse]: ("wife", "husband", "spouse"),
        [.relative]: ("relative", "relative", "relative"),
        [.parent, .parent]: ("grandmother", "grandfather", "grandparent"),
        [.child, .child]: ("granddaughter", "grandson", "grandchild"),
        [.parent, .parent, .parent]: ("great-grandmother", "great-grandfather", "great-grandparent"),
        [.child, .child, .child]: ("great-granddaughter", "great-grandson", "great-grandchild"),
        [.parent, .sibling]: ("aunt", "uncle", nil),
        [.sibling, .child]: ("niece", "nephew", nil),
        [.parent, .sibling, .child]: ("cousin", "cousin", "cousin"),
        [.spouse, .parent]: ("mother-in-law", "father-in-law", "parent-in-law"),
        [.spouse, .sibling]: ("sister-in-law", "brother-in-law", "sibling-in-law"),
        [.sibling, .spouse]: ("sister-in-law", "brother-in-law", "sibling-in-law"),
        [.child, .spouse]: ("daughter-in-law", "son-in-law", "child-in-law"),
        [.sibling, .parent]: ("mother", "father", "parent"),
        [.parent, .sibling, .spouse]: ("aunt", "uncle", nil),
        [.parent, .parent, .sibling]: ("great-aunt", "great-uncle", nil),
        [.sibling, .child, .child]: ("grandniece", "grandnephew", nil),
        [.spouse, .sibling, .child]: ("niece", "nephew", nil),
        [.spouse, .parent, .parent]: ("grandmother-in-law", "grandfather-in-law", "grandparent-in-law"),
        [.child, .child, .spouse]: ("granddaughter-in-law", "grandson-in-law", "grandchild-in-law"),
        // A parent's spouse is not called a stepparent: the archive may simply lack the
        // second parent tie, so the steps ("parent's spouse") claim no more than it says.
    ]
}
