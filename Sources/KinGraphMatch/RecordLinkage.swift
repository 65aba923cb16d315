import Dispatch
import Foundation
import KinGraphCore

/// Finds person records that are likely one person: blocking, comparison,
/// Fellegi–Sunter scoring with m/u estimated by EM on the archive itself, and
/// clustering with a chain check (docs/MATCHING.md).
///
///     let result = RecordLinkage.run(archive)
///     result.pairs.first  // the most probable pair, with its evidence
public enum RecordLinkage {
    /// Pairs proposed by default: at least this probable.
    public static let defaultThreshold = 0.8
    /// Random pairs compared to start u.
    static let randomPairs = 50_000

    /// Runs the linkage on `archive`'s people.
    ///
    /// - Parameters:
    ///   - threshold: the least probability of a proposed pair.
    ///   - different: pairs of ids a reviewer marked different: never proposed, and
    ///     never chained into one person.
    /// - Complexity: O(R · k + C · c + I · P) for R records, C candidate pairs of
    ///   comparison cost c, I EM iterations over P distinct comparison patterns.
    public static func run(
        _ archive: Archive, threshold: Double = defaultThreshold, different: Set<IDPair> = []
    ) -> MatchResult {
        let records = MatchRecord.prepare(archive)
        var index: [String: Int32] = [:]
        for (i, person) in archive.people.enumerated() { index[person.id] = Int32(i) }
        let differentPairs = Set(different.compactMap { pair -> UInt64? in
            guard let a = index[pair.a], let b = index[pair.b], a != b else { return nil }
            return Blocking.pair(a, b)
        })
        let (candidates, stats) = Blocking.candidates(records)
        let vectors = compareAll(candidates, records)
        var patternIndex: [UInt32: Int] = [:]
        var patterns: [(vector: ComparisonVector, count: Int)] = []
        for v in vectors {
            if let k = patternIndex[v.packed] {
                patterns[k].count += 1
            } else {
                patternIndex[v.packed] = patterns.count
                patterns.append((v, 1))
            }
        }
        let u = FellegiSunter.estimateU(randomSample(records))
        // Start λ at one duplicate for every twenty records.
        let n = Double(records.count)
        let totalPairs = n * (n - 1) / 2
        var start = FellegiSunter.initial(u: u)
        start.constrain()
        start.lambda = min(0.5, max(1e-12, 0.05 * n / max(totalPairs, 1)))
        let model = FellegiSunter.estimate(from: patterns, start: start, totalPairs: totalPairs)
        var accepted: [(pair: UInt64, probability: Double)] = []
        var known = 0
        for (k, pair) in candidates.enumerated() {
            let p = model.probability(vectors[k])
            guard p >= threshold else { continue }
            if differentPairs.contains(pair) {
                known += 1
                continue
            }
            accepted.append((pair, p))
        }
        let clustering = Clustering.cluster(accepted, records: records, different: differentPairs)
        let ids = archive.people.map(\.id)
        let events = Evidence.eventIndex(archive)
        var proposed = accepted.map { item -> ProposedPair in
            let (a, b) = Blocking.unpack(item.pair)
            let v = Comparison.compare(records, a, b)
            return ProposedPair(
                a: ids[Int(a)], b: ids[Int(b)], probability: item.probability, weight: model.weight(v),
                evidence: Evidence.describe(archive, records, a, b, v, model, events: events),
                aSources: archive.people[Int(a)].sources.array, bSources: archive.people[Int(b)].sources.array)
        }
        var order: [String: Int] = [:]
        for (i, id) in ids.enumerated() where order[id] == nil { order[id] = i }
        proposed.sort {
            if $0.weight != $1.weight { return $0.weight > $1.weight }
            return (order[$0.a] ?? 0, order[$0.b] ?? 0) < (order[$1.a] ?? 0, order[$1.b] ?? 0)
        }
        return MatchResult(
            pairs: proposed, clusters: clustering.clusters.map { $0.map { ids[Int($0)] } },
            brokenChains: clustering.brokenChains.map {
                let (a, b) = Blocking.unpack($0)
                return (ids[Int(a)], ids[Int(b)])
            },
            records: records.count, candidates: stats.candidates,
            candidatesByRule: stats.byRule.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            skippedBlocks: stats.skippedBlocks, knownDifferent: known, model: model, threshold: threshold)
    }

    /// The comparison of every candidate pair, in order, on every core.
    static func compareAll(_ pairs: [UInt64], _ records: [MatchRecord]) -> [ComparisonVector] {
        let chunk = 4096
        let chunks = (pairs.count + chunk - 1) / chunk
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(pairs.count, (c + 1) * chunk)
            results.set(c, range.map { k in
                let (a, b) = Blocking.unpack(pairs[k])
                return Comparison.compare(records, a, b)
            })
        }
        return results.joined()
    }

    /// Comparisons of up to `randomPairs` pseudo-random pairs (the same every run).
    static func randomSample(_ records: [MatchRecord]) -> [ComparisonVector] {
        let n = records.count
        guard n > 1 else { return [] }
        let total = n * (n - 1) / 2
        var samples: [ComparisonVector] = []
        if total <= randomPairs {
            for i in 0..<n {
                for j in (i + 1)..<n { samples.append(Comparison.compare(records, Int32(i), Int32(j), gated: false)) }
            }
            return samples
        }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        samples.reserveCapacity(randomPairs)
        while samples.count < randomPairs {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let i = Int((state >> 33) % UInt64(n))
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let j = Int((state >> 33) % UInt64(n))
            if i != j { samples.append(Comparison.compare(records, Int32(i), Int32(j), gated: false)) }
        }
        return samples
    }
}

/// Two person ids, in either order.
public struct IDPair: Hashable, Sendable {
    public let a: String
    public let b: String

    /// The pair with its ids sorted, so (a, b) and (b, a) are one pair.
    public init(_ x: String, _ y: String) {
        (a, b) = x <= y ? (x, y) : (y, x)
    }
}

/// The chunks of a parallel comparison, each written once by its own worker.
private final class ChunkResults: @unchecked Sendable {
    private var chunks: [[ComparisonVector]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [ComparisonVector]) {
        lock.lock()
        defer { lock.unlock() }
        chunks[index] = value
    }

    func joined() -> [ComparisonVector] {
        lock.lock()
        defer { lock.unlock() }
        return chunks.flatMap { $0 }
    }
}
