/// Folds names into `NameKey`s, each distinct name once: an archive repeats names
/// (a million people share far fewer names), so a scan over everyone folds each
/// spelling once instead of once per person.
struct NameKeyCache {
    /// Most names kept; past it, names are folded each time (memory stays bounded).
    let capacity: Int
    private var keys: [String: NameKey] = [:]

    init(capacity: Int = 200_000) { self.capacity = capacity }

    /// The key of `name`.
    mutating func key(_ name: String) -> NameKey {
        if let key = keys[name] { return key }
        let key = NameKey(name)
        if keys.count < capacity { keys[name] = key }
        return key
    }
}
