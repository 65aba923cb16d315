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
        return FellegiSunter(lambda: 0.1, m: m, u: u)
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

    /// Expectation–maximisation over the candidate pairs, as splink trains its model:
    /// each pass weighs every pair by its probability of being one person (E), then
    /// re-estimates λ, m and u from those weights (M), until λ moves less than 1e-6
    /// or after `maxIterations`. Identical comparisons are counted once with their
    /// number.
    ///
    /// - Complexity: O(iterations · patterns · fields); patterns ≤ Π levels + 1.
    static func estimate(
        from patterns: [(vector: ComparisonVector, count: Int)], start: FellegiSunter, maxIterations: Int = 100
    ) -> FellegiSunter {
        var model = start
        guard !patterns.isEmpty else { return model }
        let total = Double(patterns.reduce(0) { $0 + $1.count })
        for iteration in 1...maxIterations {
            var mCounts = Field.allCases.map { [Double](repeating: 0.01, count: $0.levels) }
            var uCounts = Field.allCases.map { [Double](repeating: 0.5, count: $0.levels) }
            var matches = 0.0
            for (vector, count) in patterns {
                let p = model.probability(vector)
                let c = Double(count)
                matches += p * c
                for field in Field.allCases {
                    guard let level = vector[field] else { continue }
                    mCounts[field.rawValue][level] += p * c
                    uCounts[field.rawValue][level] += (1 - p) * c
                }
            }
            var next = model
            next.lambda = min(max(matches / total, 1e-6), 1 - 1e-6)
            next.m = mCounts.map { row in row.map { $0 / row.reduce(0, +) } }
            next.u = uCounts.map { row in row.map { $0 / row.reduce(0, +) } }
            next.iterations = iteration
            let moved = abs(next.lambda - model.lambda)
            model = next
            if moved < 1e-6 { break }
        }
        return model
    }
}
