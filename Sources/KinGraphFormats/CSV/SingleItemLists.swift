import KinGraphCore

/// Lists of one item (`sources` cells naming one source id), made once per item and
/// shared by every record that has the same.
///
/// Items ending in a number (`T-000017`) are found by that number in a plain array:
/// one memory access, to the list itself, which sharing touches anyway. Other items,
/// and items whose number an item with another prefix took first, go through a
/// `ByteKeyedTable`. Both are bounded.
struct SingleItemLists {
    /// Lists made before reading, one per known item, shared by every file's reader.
    let known: KnownItemLists?
    /// The list of the item numbered `n`, when one was made.
    private var numbered: [[String]?] = []
    private var others = ByteKeyedTable<[String]>(limit: 1 << 17)
    /// The largest number kept in `numbered`.
    fileprivate static let largestNumber = 1 << 20

    init(known: KnownItemLists? = nil) {
        self.known = known
    }

    /// Sum of the counts read by `touch` (kept so the reads are not optimised away).
    private var touched = 0

    /// Reads the known lists of the items numbered `numbers` (-1: none), one after the
    /// other with no other work between, so that their cache misses overlap instead
    /// of each stalling a later `list(of:)`.
    mutating func touch(_ numbers: [Int]) {
        guard let known else { return }
        var sum = 0
        known.numbered.withUnsafeBufferPointer { lists in
            for number in numbers where number >= 0 && number < lists.count {
                sum &+= lists[number]?.count ?? 0
            }
        }
        touched &+= sum
    }

    /// Whether every one of `items` is one of the `known` items (`false` without them).
    func containsAll(_ items: [String]) -> Bool {
        guard let known else { return false }
        return items.allSatisfy(known.contains)
    }

    /// The list holding just `item`, and whether it is one of the `known` lists.
    ///
    /// - Complexity: O(length of `item`) expected.
    mutating func list(of item: UnsafeRawBufferPointer) -> (list: [String], isKnown: Bool) {
        guard let number = SingleItemLists.trailingNumber(item) else {
            return (others.value(for: item) { [String(decoding: $0, as: UTF8.self)] }, false)
        }
        if let list = known?.list(holding: item, number: number) { return (list, true) }
        if number < numbered.count, let list = numbered[number] {
            if SingleItemLists.holds(list, item) { return (list, false) }
            return (others.value(for: item) { [String(decoding: $0, as: UTF8.self)] }, false)
        }
        let list = [String(decoding: item, as: UTF8.self)]
        if number >= numbered.count {
            numbered.reserveCapacity(max(number + 1, numbered.count * 2))
            numbered += repeatElement(nil, count: number + 1 - numbered.count)
        }
        numbered[number] = list
        return (list, false)
    }

    /// Whether `list`'s one item is `item`.
    @inline(__always)
    fileprivate static func holds(_ list: [String], _ item: UnsafeRawBufferPointer) -> Bool {
        guard var text = list.first else { return false }
        return text.withUTF8 { stored in
            stored.count == item.count && (0..<item.count).allSatisfy { stored[$0] == item[$0] }
        }
    }

    /// The number the digits at the end of `bytes` spell, when there are 1 to 7 and
    /// it is at most `largestNumber`.
    @inline(__always)
    static func trailingNumber(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var cut = bytes.count
        while cut > 0 && bytes[cut - 1] &- 48 < 10 && bytes.count - cut < 8 { cut -= 1 }
        let length = bytes.count - cut
        guard length >= 1 && length <= 7 else { return nil }
        var value = 0
        for i in cut..<bytes.count { value = value * 10 + Int(bytes[i] &- 48) }
        return value <= largestNumber ? value : nil
    }
}

/// One-item lists made up front for the items a file is known to name (the source
/// ids, read first), allocated one after another so that the records sharing them
/// touch a compact block of memory. Immutable; best used by one thread, as every
/// record that shares a list updates its reference count.
package final class KnownItemLists: Sendable {
    /// The list of the item numbered `n`.
    let numbered: [[String]?]
    /// The position of each item, and whether the item at a position has a list:
    /// `contains` reads these, not the lists, whose reference counts every thread
    /// sharing them would otherwise update.
    private let positions: IDTable
    private let hasList: [Bool]

    /// Lists for `items` that end in a number no earlier item took.
    package init(_ items: [String]) {
        var numbered: [[String]?] = []
        var hasList = [Bool](repeating: false, count: items.count)
        for (position, item) in items.enumerated() {
            var text = item
            guard let number = text.withUTF8({ SingleItemLists.trailingNumber(UnsafeRawBufferPointer($0)) }) else {
                continue
            }
            if number >= numbered.count {
                numbered += repeatElement(nil, count: number + 1 - numbered.count)
            }
            if numbered[number] == nil {
                numbered[number] = [item]
                hasList[position] = true
            }
        }
        self.numbered = numbered
        self.hasList = hasList
        positions = IDTable(.strings(items))
    }

    /// Whether `item` is one of the items the lists were made for.
    ///
    /// - Complexity: O(length of `item`) expected.
    func contains(_ item: String) -> Bool {
        guard let position = positions[item] else { return false }
        return hasList[Int(position)]
    }
}

extension KnownItemLists {
    /// The list made for `item`, whose trailing number is `number`; `nil` when `item`
    /// is not one of the items the lists were made for.
    ///
    /// - Complexity: O(length of `item`).
    @inline(__always)
    func list(holding item: UnsafeRawBufferPointer, number: Int) -> [String]? {
        guard number < numbered.count, let list = numbered[number], SingleItemLists.holds(list, item) else { return nil }
        return list
    }
}
