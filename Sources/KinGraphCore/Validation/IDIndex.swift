/// The ids of one record kind, mapped to the index of their first record: an
/// open-addressing hash table (linear probing, FNV-1a over the UTF-8 bytes), several
/// times faster than a `Dictionary<String, Int32>` for the millions of lookups the
/// validator makes on a large archive.
struct IDIndex {
    /// An id and the index of its first record; `index == -1` marks an empty slot.
    /// Keeping the id in the slot (short ids are stored inline in a `String`) makes
    /// a lookup touch one cache line.
    private struct Slot {
        var id: String
        var index: Int32
    }

    private var slots: [Slot]
    private let mask: Int

    /// Indexes `ids`, reporting every repeated id on the record that repeats it.
    ///
    /// - Complexity: O(n) expected.
    init(_ ids: [String], kind: RecordKind, into collector: inout ProblemCollector) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Slot](repeating: Slot(id: "", index: -1), count: capacity)
        for index in ids.indices {
            var slot = IDIndex.hash(ids[index]) & mask
            while true {
                if slots[slot].index < 0 {
                    slots[slot] = Slot(id: ids[index], index: Int32(index))
                    break
                }
                if slots[slot].id == ids[index] {
                    collector.add(
                        .error, RecordRef(kind, index), id: ids[index], field: "id",
                        "duplicate \(kind.noun) id '\(ids[index])': an earlier \(kind.noun) has it too")
                    break
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of the first record with `id`, if any.
    ///
    /// - Complexity: O(1) expected.
    subscript(id: String) -> Int32? {
        var slot = IDIndex.hash(id) & mask
        while true {
            let index = slots[slot].index
            if index < 0 { return nil }
            if slots[slot].id == id { return index }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the UTF-8 bytes, then a final mix so linear probing spreads well.
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
