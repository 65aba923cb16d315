import Foundation
import KinGraphCore
import KinGraphMatch

/// `match` as text: the summary, each proposed pair with its evidence, the people.
enum MatchText {
    static func text(_ r: MatchResult, _ archive: Archive, limit: Int, output: String?, inPlace: Bool = false) -> String {
        var names: [String: String] = [:]
        for p in archive.people { names[p.id] = p.name }
        var out = ""
        let rules = r.candidatesByRule.map { "\($0.rule) \($0.pairs)" }.joined(separator: ", ")
        out += "\(r.records) records, \(r.candidates) candidate pairs from blocking (\(rules))"
        if r.skippedBlocks > 0 { out += ", \(r.skippedBlocks) oversized blocks left out" }
        out += "\n"
        out += "Fellegi–Sunter model by EM: \(r.model.iterations) iterations, λ = " + String(format: "%.4f", r.model.lambda) + "\n"
        let people = r.clusters.count
        out += "\(r.pairs.count) pair\(r.pairs.count == 1 ? "" : "s") at probability ≥ " + String(format: "%.2f", r.threshold)
            + ", making \(people) \(people == 1 ? "person" : "people") of two or more records"
        if r.knownDifferent > 0 { out += "; \(r.knownDifferent) marked different before, not proposed" }
        out += "\n"
        let labelWidth = Field.allCases.map(\.label.count).max() ?? 9
        for (k, pair) in r.pairs.prefix(limit).enumerated() {
            out += "\n" + String(k + 1).leftPadded(3) + "  " + ReviewSheet.probability(pair.probability) + "  "
                + "\(pair.a) \(names[pair.a] ?? "")  =  \(pair.b) \(names[pair.b] ?? "")\n"
            for e in pair.evidence {
                out += "       " + e.field.label.padded(labelWidth) + "  " + e.text + "\n"
            }
            out += "       " + "sources".padded(labelWidth) + "  " + pair.aSources.joined(separator: ", ") + " / "
                + pair.bSources.joined(separator: ", ") + "\n"
        }
        if r.pairs.count > limit { out += "\n… \(r.pairs.count - limit) more (--limit N, or --output review.csv for all)\n" }
        if !r.clusters.isEmpty {
            out += "\nPeople with more than one record:\n"
            for cluster in r.clusters { out += "  " + cluster.joined(separator: " = ") + "  " + (names[cluster[0]] ?? "") + "\n" }
        }
        if !r.brokenChains.isEmpty {
            out += "\nPairs left out of those people because they would chain different people:\n"
            for pair in r.brokenChains { out += "  \(pair.a) – \(pair.b)\n" }
        }
        if let output {
            out += "\nwrote \(output): \(r.pairs.count) pairs; write same, different or unsure in its decision column, "
                + "then: kingraph match --apply \(output)" + (inPlace ? " (merged in place)\n" : " --to NEW-ARCHIVE\n")
        }
        return out
    }
}

/// `match --json`.
struct MatchJSON: Encodable {
    struct Pair: Encodable {
        var a: String
        var b: String
        var probability: Double
        var weight: Double
        var evidence: [String: String]
    }

    var query = "match"
    var records: Int
    var candidates: Int
    var threshold: Double
    var lambda: Double
    var iterations: Int
    var pairs: [Pair]
    var clusters: [[String]]

    init(_ r: MatchResult) {
        records = r.records
        candidates = r.candidates
        threshold = r.threshold
        lambda = (r.model.lambda * 1e6).rounded() / 1e6
        iterations = r.model.iterations
        pairs = r.pairs.map { p in
            Pair(
                a: p.a, b: p.b, probability: (p.probability * 1e6).rounded() / 1e6, weight: (p.weight * 1e3).rounded() / 1e3,
                evidence: Dictionary(uniqueKeysWithValues: p.evidence.map { ($0.field.label, $0.text) }))
        }
        clusters = r.clusters
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
