/// Lists of one item (`sources` cells naming one source id), made once per item and
/// shared by every record that has the same.
///
/// Items ending in a number (`T-000017`) are found by that number in a plain array:
/// one memory access, to the list itself, which sharing touches anyway. Other items,
/// and items whose number an item with another prefix took first, go through a
/// `ByteKeyedTable`. Both are bounded.
struct SingleItemLists {
    /// The list of the item numbered `n`, when one was made.
    private var numbered: [[String]?] = []
    private var others = ByteKeyedTable<[String]>(limit: 1 << 17)
    /// The largest number kept in `numbered`.
    private static let largestNumber = 1 << 20

    /// The list holding just `item`.
    ///
    /// - Complexity: O(length of `item`) expected.
    mutating func list(of item: UnsafeRawBufferPointer) -> [String] {
        guard let number = SingleItemLists.trailingNumber(item) else {
            return others.value(for: item) { [String(decoding: $0, as: UTF8.self)] }
        }
        if number < numbered.count, let list = numbered[number] {
            if SingleItemLists.holds(list, item) { return list }
            return others.value(for: item) { [String(decoding: $0, as: UTF8.self)] }
        }
        let list = [String(decoding: item, as: UTF8.self)]
        if number >= numbered.count {
            numbered.reserveCapacity(max(number + 1, numbered.count * 2))
            numbered += repeatElement(nil, count: number + 1 - numbered.count)
        }
        numbered[number] = list
        return list
    }

    /// Whether `list`'s one item is `item`.
    @inline(__always)
    private static func holds(_ list: [String], _ item: UnsafeRawBufferPointer) -> Bool {
        guard var text = list.first else { return false }
        return text.withUTF8 { stored in
            stored.count == item.count && (0..<item.count).allSatisfy { stored[$0] == item[$0] }
        }
    }

    /// The number the digits at the end of `bytes` spell, when there are 1 to 7 and
    /// it is at most `largestNumber`.
    @inline(__always)
    private static func trailingNumber(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var cut = bytes.count
        while cut > 0 && bytes[cut - 1] &- 48 < 10 && bytes.count - cut < 8 { cut -= 1 }
        let length = bytes.count - cut
        guard length >= 1 && length <= 7 else { return nil }
        var value = 0
        for i in cut..<bytes.count { value = value * 10 + Int(bytes[i] &- 48) }
        return value <= largestNumber ? value : nil
    }
}
