@testable import KinGraphCore
import KinGraphTestSupport

/// SplitMix64: a small deterministic generator, so a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random valid archives for property tests: dense family structure, events of every
/// kind with every form of fuzzy date, links that never loop, mixed confidence.
enum RandomArchive {
    static func make(seed: UInt64) throws -> Archive {
        var rng = SeededGenerator(seed: seed)
        var b = ArchiveBuilder()
        b.source("T-1", .testimony)
        b.source("R-1", .report)
        let count = Int.random(in: 6...28, using: &rng)
        // Half the archives list people out of id order, with ids whose string order
        // differs from their numeric order.
        let shuffled = Bool.random(using: &rng)
        var numbers = Array(1...count)
        if shuffled { numbers.shuffle(using: &rng) }
        let ids = numbers.map { shuffled ? "P-\($0)" : "P-" + String(repeating: "0", count: 3 - String($0).count) + "\($0)" }
        let sexes: [Sex?] = [.female, .male, .other, nil]
        for id in ids { b.person(id, "Person \(id)", sexes.randomElement(using: &rng) ?? nil) }

        let familyKinds: [TieKind] = [.parent, .parent, .spouse, .sibling, .relative]
        let levels: [Confidence?] = [nil, nil, .hearsay, .singleSource, .corroborated, .confirmed]
        for _ in 0..<Int.random(in: count...(3 * count), using: &rng) {
            let a = ids.randomElement(using: &rng) ?? ids[0]
            let c = ids.randomElement(using: &rng) ?? ids[0]
            if a == c { continue }
            let kind =
                Bool.random(using: &rng)
                ? familyKinds.randomElement(using: &rng) ?? .parent
                : TieKind.allCases.randomElement(using: &rng) ?? .friend
            b.tie(a, kind, c, levels.randomElement(using: &rng) ?? nil)
        }

        let eventCount = Int.random(in: count...(3 * count), using: &rng)
        let weighted: [EventKind] = [.escapeAttempt, .defection, .arrest, .detention, .contactAbroad] + EventKind.allCases
        let countries: [String?] = ["KP", "KP", "CN", "RU", nil]
        let reasons: [Reason?] = [nil, nil, nil] + Reason.allCases
        for e in 0..<eventCount {
            let sources = Bool.random(using: &rng) ? ["T-1"] : ["T-1", "R-1"]
            try b.event(
                "E-\(e)", ids.randomElement(using: &rng) ?? ids[0], weighted.randomElement(using: &rng) ?? .arrest,
                randomDate(&rng), country: countries.randomElement(using: &rng) ?? nil,
                reason: reasons.randomElement(using: &rng) ?? nil,
                caseID: Int.random(in: 0..<4, using: &rng) == 0 ? "C-\(Int.random(in: 0..<5, using: &rng))" : nil,
                levels.randomElement(using: &rng) ?? nil, sources: sources)
        }
        // Links go forward in a random order of the events, so they never loop.
        let order = Array(0..<eventCount).shuffled(using: &rng)
        for _ in 0..<Int.random(in: eventCount...(2 * eventCount), using: &rng) {
            let i = Int.random(in: 0..<eventCount, using: &rng), j = Int.random(in: 0..<eventCount, using: &rng)
            if i >= j { continue }
            b.link(
                "E-\(order[i])", LinkKind.allCases.randomElement(using: &rng) ?? .ledTo, "E-\(order[j])",
                levels.randomElement(using: &rng) ?? nil)
        }
        return b.archive
    }

    static func randomDate(_ rng: inout SeededGenerator) -> String? {
        let year = Int.random(in: 2009...2021, using: &rng)
        let month = String(format2: Int.random(in: 1...12, using: &rng))
        let day = String(format2: Int.random(in: 1...28, using: &rng))
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: return nil
        case 1: return "\(year)"
        case 2: return "\(year)-\(month)"
        case 3: return "\(year)-\(month)-\(day)"
        case 4: return "\(year)/\(year + Int.random(in: 0...3, using: &rng))"
        case 5: return "/\(year)"
        case 6: return "\(year)-\(month)/"
        default: return "\(year)-\(month)~"
        }
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
