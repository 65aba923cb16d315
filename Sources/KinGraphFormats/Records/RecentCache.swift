/// A small direct-mapped cache from byte strings to the values made from them: each
/// of its slots (chosen by hash) keeps the value made last. For values that repeat
/// close together (the sources of one family's records, the home towns of a
/// village): unlike a table of every distinct text, it stays in the processor's
/// cache, and it holds a fixed number of values whatever the input.
///
///     var homes = RecentCache<String>(slots: 1 << 12)
///     let home = homes.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
struct RecentCache<Value> {
    private struct Slot {
        var hash: UInt32 = 0
        var key: [UInt8] = []
        var value: Value?
    }

    private var slots: [Slot]

    /// A cache of `slots` slots (rounded up to a power of two).
    init(slots: Int) {
        var count = 1
        while count < slots { count <<= 1 }
        self.slots = [Slot](repeating: Slot(), count: count)
    }

    /// The value made for `bytes` when it is still in its slot, or the one `make`
    /// gives, which then takes the slot.
    ///
    /// - Complexity: O(length of `bytes`).
    @inline(__always)
    mutating func value(for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> Value) -> Value {
        let hash = ByteKeyedTable<Value>.hash(bytes)
        if let value = self[bytes, hash] { return value }
        let value = make(bytes)
        keep(value, for: bytes, hash)
        return value
    }

    /// The value kept for `bytes` (whose `hash` is `ByteKeyedTable.hash(bytes)`), if
    /// it is still in its slot: with `keep`, for a caller whose `make` needs `self`.
    @inline(__always)
    subscript(bytes: UnsafeRawBufferPointer, hash: UInt32) -> Value? {
        let slot = Int(hash) & (slots.count - 1)
        guard slots[slot].hash == hash, let value = slots[slot].value, slots[slot].key.elementsEqual(bytes) else {
            return nil
        }
        return value
    }

    /// Keeps `value` for `bytes` (whose hash is `hash`) in their slot.
    @inline(__always)
    mutating func keep(_ value: Value, for bytes: UnsafeRawBufferPointer, _ hash: UInt32) {
        slots[Int(hash) & (slots.count - 1)] = Slot(hash: hash, key: Array(bytes), value: value)
    }
}
