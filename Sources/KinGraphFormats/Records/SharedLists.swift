/// Decoded lists shared by the records whose list texts (JSON arrays of strings, as
/// the stores write them) are the same, for stores reading many records. A list of
/// one item written plainly (`["T-000017"]`, most lists) is found by its item's
/// number (`SingleItemLists`), among the lists made up front for the `known` items
/// when there are some; other lists through a `RecentCache`, as records next to each
/// other often cite the same sources (a family's testimonies). Each list says
/// whether every item of it is known (then its sources need no other check).
/// Not generic, so that it is compiled for its one value type here: used
/// generically from another module it copied every value through witness tables.
///
///     var lists = SharedLists()
///     let sources = lists.value(for: bytes) { ListText.decode($0) }
package struct SharedLists {
    private var single: SingleItemLists
    private var recent = RecentCache<(list: [String], isKnown: Bool)?>(slots: 1 << 12)

    /// Shared lists; those of `known` items made up front, one after another.
    package init(known: KnownItemLists? = nil) {
        single = SingleItemLists(known: known)
    }

    /// The list `make` gives for `bytes`, or an equal one made before, and whether
    /// every item of it is one of the known items; `nil` when the text is not a list.
    /// `make` must decode JSON arrays of strings.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    package mutating func value(
        for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> [String]?
    ) -> (list: [String], isKnown: Bool)? {
        if let item = Self.plainItem(bytes) { return single.list(of: item) }
        let hash = ByteKeyedTable<String>.hash(bytes)
        if let kept = recent[bytes, hash] { return kept }
        let made = make(bytes).map { list in (list: list, isKnown: !list.isEmpty && single.containsAll(list)) }
        recent.keep(made, for: bytes, hash)
        return made
    }

    /// Reads the known lists of the items numbered `numbers` (-1: none) one after the
    /// other (see `SingleItemLists.touch`).
    package mutating func touch(_ numbers: [Int]) {
        single.touch(numbers)
    }

    /// Appends the trailing number of each item of the JSON list text `bytes` (-1 for
    /// an item without one), for `touch`: a hint, so an escaped quote that looks like
    /// an item's end does no harm.
    ///
    /// - Complexity: O(length of `bytes`).
    package static func itemNumbers(_ bytes: UnsafeRawBufferPointer, into numbers: inout [Int]) {
        let n = bytes.count
        var i = 1
        while i + 1 < n {
            if bytes[i] == UInt8(ascii: "\""), bytes[i + 1] == UInt8(ascii: ",") || bytes[i + 1] == UInt8(ascii: "]") {
                numbers.append(SingleItemLists.trailingNumber(UnsafeRawBufferPointer(rebasing: bytes[..<i])) ?? -1)
            }
            i += 1
        }
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
