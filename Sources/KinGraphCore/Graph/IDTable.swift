/// Ids mapped to record indices.
///
/// When the ids are one prefix followed by consecutive numbers in record order
/// (`P-0001`, `P-0002`, … as archives usually number their records), an id is resolved
/// by reading its number: no table, no hashing, no cache miss. Otherwise an
/// open-addressing hash table (linear probing, FNV-1a over the UTF-8 bytes, then a
/// final mix), each slot keeping the id next to its index so a lookup usually touches
/// one cache line.
struct IDTable: Sendable {
    private struct Slot: Sendable {
        var id: String
        var index: Int32
    }

    /// Consecutive numbers after a common prefix: `prefix` + digits, where the number
    /// minus `base` is the index. `width` is the digit count of every id, or 0 when
    /// widths vary and no id has a leading zero.
    private struct Numbered: Sendable {
        var prefix: [UInt8]
        var width: Int
        var base: Int
        var count: Int
    }

    private let numbered: Numbered?
    private let slots: [Slot]
    private let mask: Int

    /// Maps each id to its position; a repeated id keeps its first position and is
    /// passed to `duplicate`.
    ///
    /// - Complexity: O(n) expected.
    init(_ ids: some Collection<String>, duplicate: (String) -> Void = { _ in }) {
        if let numbered = IDTable.numbering(of: ids) {
            self.numbered = numbered
            slots = []
            mask = 0
            return
        }
        numbered = nil
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Slot](repeating: Slot(id: "", index: -1), count: capacity)
        for (index, id) in ids.enumerated() {
            var slot = IDTable.hash(id) & mask
            while true {
                if slots[slot].index < 0 {
                    slots[slot] = Slot(id: id, index: Int32(index))
                    break
                }
                if slots[slot].id == id {
                    duplicate(id)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        self.slots = slots
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

    /// The prefix and numbering the ids follow, if every one is the prefix then the
    /// number `base + position`.
    private static func numbering(of ids: some Collection<String>) -> Numbered? {
        guard var first = ids.first else { return nil }
        guard let (prefix, start) = first.withUTF8({ split($0) }) else { return nil }
        var sameWidth = true, noLeadingZero = true
        var width = -1
        for (i, id) in ids.enumerated() {
            var text = id
            let ok = text.withUTF8 { bytes -> Bool in
                guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return false }
                let digits = UnsafeBufferPointer(rebasing: bytes[prefix.count...])
                guard digits.count <= 18, let value = number(digits), value == start + i else { return false }
                if width < 0 { width = digits.count }
                if digits.count != width { sameWidth = false }
                if digits.count > 1 && digits[0] == UInt8(ascii: "0") { noLeadingZero = false }
                return true
            }
            if !ok { return nil }
        }
        if !sameWidth && !noLeadingZero { return nil }
        return Numbered(prefix: prefix, width: sameWidth ? width : 0, base: start, count: ids.count)
    }

    /// The id's prefix (everything before its last run of digits) and that number.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int)? {
        var cut = bytes.count
        while cut > 0 && bytes[cut - 1] >= 48 && bytes[cut - 1] <= 57 { cut -= 1 }
        let digits = UnsafeBufferPointer(rebasing: bytes[cut...])
        guard digits.count >= 1 && digits.count <= 18, let value = number(digits) else { return nil }
        return (Array(bytes[..<cut]), value)
    }

    /// The decimal number `digits` spell, if they are all digits.
    @inline(__always)
    private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        if digits.isEmpty { return nil }
        var value = 0
        for d in digits {
            guard d >= 48 && d <= 57 else { return nil }
            value = value * 10 + Int(d - 48)
        }
        return value
    }

    private static func lookup(_ id: String, _ numbered: Numbered) -> Int32? {
        var text = id
        return text.withUTF8 { bytes -> Int32? in
            guard bytes.count > numbered.prefix.count, bytes.starts(with: numbered.prefix) else { return nil }
            let digits = UnsafeBufferPointer(rebasing: bytes[numbered.prefix.count...])
            if numbered.width > 0 {
                guard digits.count == numbered.width else { return nil }
            } else if digits.count > 1 && digits[0] == UInt8(ascii: "0") {
                return nil
            }
            guard digits.count <= 18, let value = number(digits) else { return nil }
            let index = value - numbered.base
            return index >= 0 && index < numbered.count ? Int32(index) : nil
        }
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
