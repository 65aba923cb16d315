/// Candidate pairs: only records that share a blocking key are ever compared, so
/// the work grows with the records and the sizes of their blocks, never with all
/// pairs.
///
/// Three rules, as splink's blocking rules (a pair is a candidate when any holds):
/// 1. `name`: the same surname and given name after folding, in some spelling of
///    each (`Kim Chol-su`, `Gim Cheolsu`, `김철수` share the key).
/// 2. `given+home`: the same folded given name and home town (a surname written
///    in a way the surname table does not know).
/// 3. `relative`: tied to the same relative and with the same surname (a given name
///    respelled beyond folding, as relatives name relatives).
///
/// What it gives up: a pair whose given names fold apart *and* that shares neither
/// a surname and relative nor a home, and pairs in blocks over `maxBlock` records
/// (counted in `Stats.skippedBlocks`).
struct Blocking {
    /// Blocks larger than this are left out (their pairs are too many and too weak).
    static let maxBlock = 1_000

    struct Stats: Sendable, Equatable {
        /// Candidate pairs each rule gave (a pair given by several is counted under each).
        var byRule: [String: Int] = [:]
        var candidates = 0
        var skippedBlocks = 0
        var skippedRecords = 0
    }

    /// Candidate pairs (i < j), sorted, and how they were found.
    ///
    /// - Complexity: O(R · k + Σ b²) for R records with k keys each and blocks of size b ≤ `maxBlock`.
    static func candidates(_ records: [MatchRecord]) -> (pairs: [UInt64], stats: Stats) {
        var stats = Stats()
        var all: [UInt64] = []
        var byName: [String: [Int32]] = [:]
        var byGivenHome: [String: [Int32]] = [:]
        for (i, record) in records.enumerated() {
            var nameKeys: Set<String> = []
            var givenKeys: Set<String> = []
            for name in record.names {
                for given in name.given where !given.isEmpty {
                    for surname in name.surnames { nameKeys.insert(surname + "|" + given) }
                    if let home = record.home { givenKeys.insert(given + "|" + home) }
                }
            }
            for key in nameKeys { byName[key, default: []].append(Int32(i)) }
            for key in givenKeys { byGivenHome[key, default: []].append(Int32(i)) }
        }
        stats.byRule["name"] = addPairs(byName, to: &all, &stats)
        stats.byRule["given+home"] = addPairs(byGivenHome, to: &all, &stats)
        var byRelative: [String: [Int32]] = [:]
        for (i, record) in records.enumerated() {
            let surnames = Set(record.names.flatMap(\.surnames))
            for r in record.relatives {
                for surname in surnames { byRelative[String(r) + "|" + surname, default: []].append(Int32(i)) }
            }
        }
        stats.byRule["relative"] = addPairs(byRelative, to: &all, &stats)
        all.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(all.count)
        for pair in all where unique.last != pair { unique.append(pair) }
        stats.candidates = unique.count
        return (unique, stats)
    }

    private static func addPairs(_ blocks: [String: [Int32]], to all: inout [UInt64], _ stats: inout Stats) -> Int {
        var count = 0
        for members in blocks.values where members.count > 1 {
            if members.count > maxBlock {
                stats.skippedBlocks += 1
                stats.skippedRecords += members.count
                continue
            }
            for x in 0..<members.count {
                for y in (x + 1)..<members.count where members[x] != members[y] {
                    all.append(pair(members[x], members[y]))
                    count += 1
                }
            }
        }
        return count
    }

    /// Two indices packed smaller first.
    static func pair(_ a: Int32, _ b: Int32) -> UInt64 {
        let (x, y) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))
    }

    static func unpack(_ pair: UInt64) -> (Int32, Int32) {
        (Int32(truncatingIfNeeded: pair >> 32), Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
    }
}
