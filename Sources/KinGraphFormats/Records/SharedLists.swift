/// Decoded lists shared by the records whose list texts (JSON arrays of strings, as
/// the stores write them) are the same, for stores reading many records. A list of
/// one item written plainly (`["T-000017"]`, most lists) is found by its item's
/// number (`SingleItemLists`); other lists through a `RecentCache`, as records next
/// to each other often cite the same sources (a family's testimonies).
/// Not generic, so that it is compiled for its one value type here: used
/// generically from another module it copied every value through witness tables.
///
///     var lists = SharedLists()
///     let sources = lists.value(for: bytes) { ListText.decode($0) }
package struct SharedLists {
    private var single = SingleItemLists()
    private var recent = RecentCache<[String]?>(slots: 1 << 12)

    package init() {}

    /// The list `make` gives for `bytes`, or an equal one made before; `nil` when the
    /// text is not a list. `make` must decode JSON arrays of strings.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    package mutating func value(for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> [String]?) -> [String]? {
        if let item = Self.plainItem(bytes) { return single.list(of: item).list }
        return recent.value(for: bytes, make: make)
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
