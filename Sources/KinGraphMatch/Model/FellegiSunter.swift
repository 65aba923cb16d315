import Foundation

/// The Fellegi–Sunter model: for each field and level, m (how often a pair of
/// records of one person shows that level) and u (how often a pair of two people
/// does), and λ, the share of candidate pairs that are one person. A pair's match
/// weight is Σ log₂(m/u) over its comparable fields; its probability is
/// λ·Πm / (λ·Πm + (1−λ)·Πu). Fields a record lacks count for nothing.
public struct FellegiSunter: Sendable, Equatable {
    public var lambda: Double
    /// `m[field][level]`.
    public var m: [[Double]]
    /// `u[field][level]`.
    public var u: [[Double]]
    /// EM iterations run to estimate it.
    public var iterations = 0

    /// The starting point of EM: what record linkage usually finds (m) and what
    /// random pairs of this archive show (u).
    static func initial(u: [[Double]]) -> FellegiSunter {
        let m: [[Double]] = [
            [0.02, 0.08, 0.2, 0.7], [0.05, 0.2, 0.3, 0.45], [0.05, 0.95], [0.1, 0.1, 0.8],
            [0.01, 0.3, 0.3, 0.39], [0.2, 0.3, 0.5],
        ]
        return FellegiSunter(lambda: 1e-4, m: m, u: u)
    }

    /// m for two records tied to each other: one person is never tied to themself,
    /// so this is all but impossible for a match (kept above 0 for a data-entry slip).
    static let tiedToEachOther = 1e-6

    /// Holds m to what is known of every field: a higher level of agreement never
    /// speaks less for a match than a lower one (m/u does not fall as the level
    /// rises: adjacent levels that break this are pooled, each keeping m in
    /// proportion to u, as isotonic regression does), and two records tied to each
    /// other are almost never one person. Without it EM can settle on another kind
    /// of pair the candidates hold many of, such as siblings (same surname and home,
    /// births close, relatives shared).
    mutating func constrain() {
        for field in Field.allCases {
            var row = m[field.rawValue]
            let u = self.u[field.rawValue]
            if field == .relatives {
                row[0] = FellegiSunter.tiedToEachOther
                let rest = row[1...].reduce(0, +)
                for l in 1..<row.count { row[l] *= (1 - row[0]) / rest }
            }
            // Pool adjacent violators until m/u rises with the level.
            var blocks: [(start: Int, end: Int, m: Double, u: Double)] = []
            for l in 0..<row.count {
                blocks.append((l, l, row[l], u[l]))
                while blocks.count > 1 {
                    let b = blocks[blocks.count - 1], a = blocks[blocks.count - 2]
                    guard a.m / a.u > b.m / b.u else { break }
                    blocks.removeLast(2)
                    blocks.append((a.start, b.end, a.m + b.m, a.u + b.u))
                }
            }
            for block in blocks {
                for l in block.start...block.end { row[l] = block.m * u[l] / block.u }
            }
            m[field.rawValue] = row
        }
    }

    /// log₂(m/u) of one field at one level.
    func weight(_ field: Field, _ level: Int) -> Double {
        log2(m[field.rawValue][level] / u[field.rawValue][level])
    }

    /// The match weight of a comparison: the prior's log-odds plus every field's.
    func weight(_ v: ComparisonVector) -> Double {
        var w = log2(lambda / (1 - lambda))
        for field in Field.allCases {
            if let level = v[field] { w += weight(field, level) }
        }
        return w
    }

    /// The probability that the pair is one person.
    func probability(_ v: ComparisonVector) -> Double {
        1 / (1 + exp2(-weight(v)))
    }

    /// u estimated from `samples` comparisons of random pairs (almost all two people),
    /// each level seen at least half a time.
    static func estimateU(_ samples: [ComparisonVector]) -> [[Double]] {
        Field.allCases.map { field in
            var counts = [Double](repeating: 0.5, count: field.levels)
            for v in samples { if let level = v[field] { counts[level] += 1 } }
            let total = counts.reduce(0, +)
            return counts.map { $0 / total }
        }
    }

    /// Expectation–maximisation of m and λ, as splink trains its model, with u held
    /// at what random pairs show.
    ///
    /// The model is over all pairs of records: λ is the chance that two records
    /// drawn at random are one person, and pairs outside every block are taken to be
    /// two people (their probability is negligible), so only the candidate pairs
    /// enter the sums. Each pass weighs every candidate by its probability of being
    /// one person (E), then re-estimates m from those weights and λ as their sum over
    /// `totalPairs` (M), until λ moves less than 1e-9 relatively or after
    /// `maxIterations`. m has a Dirichlet prior worth `priorPairs` pairs centred on
    /// the starting m (MAP estimation), so an archive with few or no duplicates keeps
    /// sensible m instead of fitting noise. Identical comparisons are counted once
    /// with their number.
    ///
    /// - Complexity: O(iterations · patterns · fields); patterns ≤ Π levels + 1.
    static func estimate(
        from patterns: [(vector: ComparisonVector, count: Int)], start: FellegiSunter, totalPairs: Double,
        priorPairs: Double = 20, maxIterations: Int = 200
    ) -> FellegiSunter {
        var model = start
        guard !patterns.isEmpty, totalPairs > 0 else { return model }
        let prior = start.m
        for iteration in 1...maxIterations {
            var mCounts = prior.map { row in row.map { $0 * priorPairs } }
            var matches = 0.0
            for (vector, count) in patterns {
                let p = model.probability(vector) * Double(count)
                matches += p
                for field in Field.allCases {
                    guard let level = vector[field] else { continue }
                    mCounts[field.rawValue][level] += p
                }
            }
            var next = model
            next.lambda = min(max(matches / totalPairs, 1e-12), 0.5)
            next.m = mCounts.map { row in row.map { $0 / row.reduce(0, +) } }
            next.constrain()
            next.iterations = iteration
            let moved = abs(next.lambda - model.lambda) / model.lambda
            model = next
            if moved < 1e-9 { break }
        }
        return model
    }
}
