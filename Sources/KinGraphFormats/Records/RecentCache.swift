/// A small direct-mapped cache from byte strings to the values made from them: each
/// of its slots (chosen by hash) keeps the value made last. For values that repeat
/// close together (the sources of one family's records, the home towns of a
/// village): unlike a table of every distinct text, it stays in the processor's
/// cache, and it holds a fixed number of values whatever the input.
///
/// Keys are kept in one block of bytes, `keyCapacity` a slot, so that keeping a value
/// allocates nothing; the value of a longer key is made every time.
///
///     var homes = RecentCache<String>(slots: 1 << 12)
///     let home = homes.value(for: bytes) { String(decoding: $0, as: UTF8.self) }
struct RecentCache<Value> {
    /// The longest key kept, in bytes.
    static var keyCapacity: Int { 48 }

    private var hashes: [UInt32]
    /// The length of each slot's key; 0 with no value for an empty slot.
    private var lengths: [UInt8]
    /// Slot `i`'s key is `keys[i * keyCapacity ..< i * keyCapacity + lengths[i]]`.
    private var keys: [UInt8]
    private var values: [Value?]

    /// A cache of `slots` slots (rounded up to a power of two).
    init(slots: Int) {
        var count = 1
        while count < slots { count <<= 1 }
        hashes = [UInt32](repeating: 0, count: count)
        lengths = [UInt8](repeating: 0, count: count)
        keys = [UInt8](repeating: 0, count: count * Self.keyCapacity)
        values = [Value?](repeating: nil, count: count)
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
        let slot = Int(hash) & (hashes.count - 1)
        guard hashes[slot] == hash, Int(lengths[slot]) == bytes.count, let value = values[slot] else { return nil }
        let base = slot * Self.keyCapacity
        let same = keys.withUnsafeBufferPointer { keys in
            (0..<bytes.count).allSatisfy { keys[base + $0] == bytes[$0] }
        }
        return same ? value : nil
    }

    /// Keeps `value` for `bytes` (whose hash is `hash`) in their slot, unless `bytes`
    /// are longer than `keyCapacity`.
    @inline(__always)
    mutating func keep(_ value: Value, for bytes: UnsafeRawBufferPointer, _ hash: UInt32) {
        guard bytes.count <= Self.keyCapacity else { return }
        let slot = Int(hash) & (hashes.count - 1)
        let base = slot * Self.keyCapacity
        keys.withUnsafeMutableBufferPointer { keys in
            for i in 0..<bytes.count { keys[base + i] = bytes[i] }
        }
        hashes[slot] = hash
        lengths[slot] = UInt8(bytes.count)
        values[slot] = value
    }
}

/// Slots of the caches of lists of several sources. Repeated lists come close
/// together: in the 1M-people benchmark archive, 64 slots find 47.6 % of the ties'
/// lists of several sources made before, 4,096 slots 48.0 %. Few slots stay in the
/// processor's nearest cache, and the list a slot drops was made lately, so dropping
/// it touches warm memory (with 4,096 slots, releasing dropped lists took 5–8 % of
/// the ties' read).
let sourceListSlots = 1 << 6
