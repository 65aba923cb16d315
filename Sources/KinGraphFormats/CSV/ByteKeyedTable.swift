/// A bounded map from byte strings to values, for what repeats a lot in large files
/// (long place names, dates, long source ids): a value is made once per distinct
/// text and shared by every record that has it.
///
/// Open addressing with linear probing; the keys live in one byte buffer. Once
/// `limit` keys are held, new keys are no longer kept (lookups still work, misses
/// make a fresh value), so memory stays bounded whatever the input.
///
///     var names = ByteKeyedTable<String>(limit: 1 << 16)
///     let home = names.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
struct ByteKeyedTable<Value> {
    private struct Slot {
        /// The entry's position in `values`; -1 for an empty slot.
        var entry: Int32 = -1
        var hash: UInt32 = 0
        /// Where the key sits in `keys`.
        var offset: Int32 = 0
        var length: Int32 = 0
    }

    private var slots: [Slot]
    private var values: [Value] = []
    private var keys: [UInt8] = []
    private var mask: Int
    private let limit: Int

    /// A table that keeps at most `limit` keys.
    init(limit: Int) {
        self.limit = limit
        slots = [Slot](repeating: Slot(), count: 64)
        mask = 63
    }

    /// The value stored for `bytes`, or the one `make` gives (kept when there is room).
    ///
    /// - Complexity: O(length of `bytes`) expected.
    @inline(__always)
    mutating func value(for bytes: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> Value) -> Value {
        if let found = self[bytes] { return found }
        let value = make(bytes)
        insert(bytes, value)
        return value
    }

    /// The value stored for `bytes`, if any.
    subscript(bytes: UnsafeRawBufferPointer) -> Value? {
        let hash = ByteKeyedTable.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry.entry < 0 { return nil }
            if entry.hash == hash && Int(entry.length) == bytes.count && matches(entry, bytes) {
                return values[Int(entry.entry)]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `bytes` (which must not be stored yet), when there is room.
    mutating func insert(_ bytes: UnsafeRawBufferPointer, _ value: Value) {
        guard values.count < limit, keys.count + bytes.count < Int(Int32.max) else { return }
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = ByteKeyedTable.hash(bytes)
        var slot = Int(hash) & mask
        while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(entry: Int32(values.count), hash: hash, offset: Int32(keys.count), length: Int32(bytes.count))
        keys.append(contentsOf: bytes)
        values.append(value)
    }

    @inline(__always)
    private func matches(_ entry: Slot, _ bytes: UnsafeRawBufferPointer) -> Bool {
        keys.withUnsafeBytes { stored in
            let start = Int(entry.offset)
            for i in 0..<bytes.count where stored[start + i] != bytes[i] { return false }
            return true
        }
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.entry >= 0 {
            var slot = Int(entry.hash) & mask
            while slots[slot].entry >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// A 32-bit hash of `bytes`, eight bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xc4ce_b9fe_1a85_ec53
        }
        h ^= h >> 29
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }
}
