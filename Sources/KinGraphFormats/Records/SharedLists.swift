import KinGraphCore

/// Decoded source lists for stores reading many records, whose list texts are JSON
/// arrays of strings as the stores write them. A list of one item written plainly
/// (`["T-000017"]`, most lists) is that item, held inline (`SourceList`); other
/// lists are shared through a `RecentCache`, as records next to each other often
/// cite the same sources (a family's testimonies). Each list says whether every item
/// of it is one of the `known` source ids (then it needs no other check).
/// Not generic, so that it is compiled for its one value type here: used
/// generically from another module it copied every value through witness tables.
///
///     var lists = SharedLists()
///     let sources = lists.value(for: bytes) { ListText.decode($0) }
package struct SharedLists {
    private let known: IDTable?
    private var recent = RecentCache<(list: SourceList, isKnown: Bool)?>(slots: sourceListSlots)
    /// Source ids longer than 15 bytes repeat too (see `SharedTexts`).
    private var longIDs = SharedTexts()

    /// Shared lists, checked against the `known` source ids when there are some.
    package init(known: IDTable? = nil) {
        self.known = known
    }

    /// The list `make` gives for `bytes`, or an equal one made before, and whether
    /// every item of it is one of the known items; `nil` when the text is not a list.
    /// `make` must decode JSON arrays of strings.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    package mutating func value(
        for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> [String]?
    ) -> (list: SourceList, isKnown: Bool)? {
        if let item = Self.plainItem(bytes) {
            let id = longIDs.text(item)
            return (SourceList(one: id), known?[id] != nil)
        }
        let hash = ByteKeyedTable<String>.hash(bytes)
        if let kept = recent[bytes, hash] { return kept }
        let made = make(bytes).map { list in (list: SourceList(list), isKnown: everyItemKnown(list, known)) }
        recent.keep(made, for: bytes, hash)
        return made
    }

    /// The item of `bytes` when they are a one-item JSON array written with no space
    /// and no escape (`["T-000017"]`): its text is the item exactly; `nil` otherwise.
    ///
    /// - Complexity: O(length of `bytes`).
    static func plainItem(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let n = bytes.count
        guard n > 4, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "\""),
            bytes[n - 2] == UInt8(ascii: "\""), bytes[n - 1] == UInt8(ascii: "]")
        else { return nil }
        for i in 2..<(n - 2) where bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "\\") { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[2..<(n - 2)])
    }
}

/// Whether `items` is not empty and every one of them is one of the `known` ids
/// (`false` without them).
///
/// - Complexity: O(total length of `items`) expected.
func everyItemKnown(_ items: [String], _ known: IDTable?) -> Bool {
    guard let known, !items.isEmpty else { return false }
    return items.allSatisfy { known[$0] != nil }
}

/// Texts shared by the records that have the same (home towns, places, agencies),
/// for stores reading many records: a text longer than a string's inline capacity
/// (15 bytes) would otherwise take an allocation of its own in every record.
package struct SharedTexts {
    private var recent = RecentCache<String>(slots: 1 << 12)

    package init() {}

    /// `bytes` as a string; a long one shared with an equal one made before.
    ///
    /// - Complexity: O(length of `bytes`).
    package mutating func text(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.count <= 15 { return String(decoding: bytes, as: UTF8.self) }
        return recent.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
    }
}
