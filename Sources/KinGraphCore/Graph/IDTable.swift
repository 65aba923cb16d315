/// Ids of one record kind mapped to record indices: the one id table the validator
/// and the graph share.
///
/// When every id is a prefix then a number that is `base` plus the id's position
/// (`P-0001`, `P-0002`, … or `T-000001`, `D-000002`, … as archives usually number
/// their records), written the same way throughout (one digit count, or no leading
/// zeros), an id is resolved by reading its number and checking its prefix against
/// the one at that position: no hashing, no string comparison, no record touched.
/// Otherwise an open-addressing hash table (linear probing, FNV-1a over the UTF-8
/// bytes, then a final mix), each slot keeping the id next to its index so a lookup
/// usually touches one cache line.
struct IDTable: Sendable {
    private struct Slot: Sendable {
        var id: String
        var index: Int32
    }

    /// Where the ids are read from while the table is built, without copying them.
    enum Column {
        case strings([String])
        case sources([Source])
        case people([Person])
        case events([Event])

        var count: Int {
            switch self {
            case .strings(let ids): return ids.count
            case .sources(let records): return records.count
            case .people(let records): return records.count
            case .events(let records): return records.count
            }
        }

        @inline(__always)
        subscript(index: Int) -> String {
            switch self {
            case .strings(let ids): return ids[index]
            case .sources(let records): return records[index].id
            case .people(let records): return records[index].id
            case .events(let records): return records[index].id
            }
        }
    }

    /// Ids numbered by position: id `i` is `prefixes[prefixOf[i]]` (or `prefixes[0]`
    /// when `prefixOf` is empty) then the number `base + i`, in `width` digits
    /// (0: as many as the number needs, no leading zero).
    private struct Numbered: Sendable {
        var prefixes: [[UInt8]]
        var prefixOf: [UInt8]
        var base: Int
        var width: Int
        var count: Int
    }

    private let numbered: Numbered?
    private let slots: [Slot]
    private let mask: Int

    /// Maps each id of `column` to its position; a repeated id keeps its first
    /// position and is passed to `duplicate` with the position that repeats it, in
    /// position order.
    ///
    /// - Complexity: O(n) expected.
    init(_ column: Column, duplicate: (_ index: Int, _ id: String) -> Void = { _, _ in }) {
        if let numbered = IDTable.numbering(of: column) {
            self.numbered = numbered
            slots = []
            mask = 0
            return
        }
        numbered = nil
        let count = column.count
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Slot](repeating: Slot(id: "", index: -1), count: capacity)
        for index in 0..<count {
            let id = column[index]
            var slot = IDTable.hash(id) & mask
            while true {
                if slots[slot].index < 0 {
                    slots[slot] = Slot(id: id, index: Int32(index))
                    break
                }
                if slots[slot].id == id {
                    duplicate(index, id)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        self.slots = slots
    }

    /// Maps each of `ids` to its position; a repeated id keeps its first position and
    /// is passed to `duplicate`.
    ///
    /// - Complexity: O(n) expected.
    init(_ ids: some Collection<String>, duplicate: (String) -> Void = { _ in }) {
        self.init(.strings(Array(ids))) { _, id in duplicate(id) }
    }

    /// The index of the first record with `id`, if any.
    ///
    /// - Complexity: O(1) expected; O(length of `id`) for numbered ids.
    subscript(id: String) -> Int32? {
        if let numbered { return IDTable.lookup(id, numbered) }
        var slot = IDTable.hash(id) & mask
        while true {
            let index = slots[slot].index
            if index < 0 { return nil }
            if slots[slot].id == id { return index }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func lookup(_ id: String, _ numbered: Numbered) -> Int32? {
        var text = id
        return text.withUTF8 { bytes -> Int32? in
            guard let (cut, number) = split(bytes) else { return nil }
            let digits = bytes.count - cut
            if numbered.width > 0 {
                guard digits == numbered.width else { return nil }
            } else if digits > 1 && bytes[cut] == UInt8(ascii: "0") {
                return nil
            }
            let index = number &- numbered.base
            guard index >= 0 && index < numbered.count else { return nil }
            let prefix = numbered.prefixes[numbered.prefixOf.isEmpty ? 0 : Int(numbered.prefixOf[index])]
            guard prefix.count == cut else { return nil }
            for i in 0..<cut where prefix[i] != bytes[i] { return nil }
            return Int32(truncatingIfNeeded: index)
        }
    }

    /// How the ids are numbered by position, if they are: at most 255 prefixes, and
    /// either one digit count or no leading zeros.
    private static func numbering(of column: Column) -> Numbered? {
        let count = column.count
        guard count > 0, count <= Int(Int32.max) else { return nil }
        var first = column[0]
        guard let base = first.withUTF8({ split($0)?.number }), base <= Int.max - count else { return nil }
        var prefixes: [[UInt8]] = []
        var prefixOf = [UInt8](repeating: 0, count: count)
        var width = -1, sameWidth = true, noLeadingZero = true
        for i in 0..<count {
            var text = column[i]
            let ok = text.withUTF8 { bytes -> Bool in
                guard let (cut, number) = split(bytes), number == base + i else { return false }
                let digits = bytes.count - cut
                if width < 0 { width = digits }
                if digits != width { sameWidth = false }
                if digits > 1 && bytes[cut] == UInt8(ascii: "0") { noLeadingZero = false }
                let prefix = UnsafeBufferPointer(rebasing: bytes[..<cut])
                let last = prefixes.count - 1
                if last >= 0 && prefixes[last].elementsEqual(prefix) {
                    prefixOf[i] = UInt8(last)
                } else if let known = prefixes.firstIndex(where: { $0.elementsEqual(prefix) }) {
                    prefixOf[i] = UInt8(known)
                } else {
                    guard prefixes.count < 255 else { return false }
                    prefixOf[i] = UInt8(prefixes.count)
                    prefixes.append(Array(prefix))
                }
                return true
            }
            if !ok || !(sameWidth || noLeadingZero) { return nil }
        }
        return Numbered(
            prefixes: prefixes, prefixOf: prefixes.count == 1 ? [] : prefixOf, base: base,
            width: sameWidth ? width : 0, count: count)
    }

    /// Where the last run of digits of `bytes` starts, and the number it spells;
    /// `nil` when `bytes` does not end in a digit or the run is longer than 18 digits.
    @inline(__always)
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (cut: Int, number: Int)? {
        var cut = bytes.count
        while cut > 0 && bytes[cut - 1] &- 48 < 10 { cut -= 1 }
        let length = bytes.count - cut
        guard length >= 1 && length <= 18 else { return nil }
        var value = 0
        for i in cut..<bytes.count { value = value * 10 + Int(bytes[i] &- 48) }
        return (cut, value)
    }

    private static func hash(_ id: String) -> Int {
        var text = id
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        text.withUTF8 { bytes in
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}
