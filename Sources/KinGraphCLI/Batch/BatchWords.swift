/// Splits one batch line into words the way a shell would for simple input: words
/// are separated by spaces or tabs; double or single quotes group a name with spaces
/// (`because-of "Pak Yong-myong"`); a backslash outside single quotes takes the next
/// character literally.
///
///     try BatchWords.split(#"path "Kim Chol-su" P-0009"#)  // ["path", "Kim Chol-su", "P-0009"]
enum BatchWords {
    /// Why a line cannot be split.
    struct SplitError: Error, CustomStringConvertible {
        let description: String
    }

    /// The words of `line`.
    ///
    /// - Complexity: O(length of the line).
    static func split(_ line: Substring) throws(SplitError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        var escaped = false
        for c in line {
            if escaped {
                word.append(c)
                escaped = false
                continue
            }
            if let open = quote {
                if c == open {
                    quote = nil
                } else if c == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t":
                if inWord {
                    words.append(word)
                    word = ""
                    inWord = false
                }
            case "\"", "'":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            default:
                word.append(c)
                inWord = true
            }
        }
        if let open = quote { throw SplitError(description: "a \(open) quote is never closed") }
        if escaped { throw SplitError(description: "the line ends with a backslash") }
        if inWord { words.append(word) }
        return words
    }
}
