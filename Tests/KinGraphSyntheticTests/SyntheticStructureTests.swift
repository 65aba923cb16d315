import KinGraphCore
import Testing

@testable import KinGraphSynthetic

/// The generator's structure, checked on its in-memory population and history.
@Suite("Synthetic archive structure")
struct SyntheticStructureTests {
    let population: SyntheticPopulation
    let history: SyntheticHistory

    init() {
        var rng = SplitMix64(seed: 5, stream: 1)
        population = SyntheticPopulation(people: 20_000, rng: &rng)
        var historyRNG = SplitMix64(seed: 5, stream: 2)
        history = SyntheticHistory(population: population, rng: &historyRNG)
    }

    private func parents() -> [[Int32]] {
        var parents = [[Int32]](repeating: [], count: population.count)
        for t in population.ties where t.kind == .parent { parents[Int(t.to)].append(t.from) }
        return parents
    }

    @Test("exactly the people asked for, no tie to oneself")
    func counts() {
        #expect(population.count == 20_000)
        #expect(population.ties.allSatisfy { $0.from != $0.to })
        #expect(population.ties.allSatisfy { Int($0.from) < population.count && Int($0.to) < population.count })
    }

    @Test("three generations: people with grandparents, and marriages across households")
    func generations() {
        let parents = parents()
        let withGrandparents = (0..<population.count).filter { p in
            parents[p].contains { !parents[Int($0)].isEmpty }
        }
        #expect(withGrandparents.count > population.count / 5)
        // A marriage across households: both spouses have recorded parents, and the
        // parents differ (the daughter of one household, the son of another).
        let across = population.ties.filter { t in
            t.kind == .spouse && !parents[Int(t.from)].isEmpty && !parents[Int(t.to)].isEmpty
                && Set(parents[Int(t.from)]).isDisjoint(with: parents[Int(t.to)])
        }
        #expect(across.count > 100)
        let kinds = Set(population.ties.map(\.kind))
        #expect(kinds == Set(TieKind.allCases))
    }

    @Test("links run forward: from an earlier event, never dated after the effect, so no cycle")
    func linksRunForward() {
        #expect(!history.links.isEmpty)
        for link in history.links {
            #expect(link.cause < link.effect)
            #expect(history.events[Int(link.cause)].day <= history.events[Int(link.effect)].day)
        }
    }

    @Test("guilt-by-association reaches relatives within three family hops of the escapee")
    func cascadesStayInTheFamily() {
        let family = SyntheticAdjacency(people: population.count, ties: population.ties) { $0.kind.isFamily }
        var walker = SyntheticWalker(people: population.count)
        var checked = 0
        for link in history.links where link.kind == .guiltByAssociation {
            let cause = history.events[Int(link.cause)]
            let effect = history.events[Int(link.effect)]
            #expect(effect.kind.isPunitive)
            #expect(effect.person != cause.person)
            let near = walker.within(3, of: cause.person, in: family).map(\.0)
            #expect(near.contains(effect.person), "\(effect.person) is not within 3 hops of \(cause.person)")
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test("chains of exposed contacts, and punishments of relatives with no link")
    func exposuresAndUnlinked() {
        let exposed = history.links.filter { $0.kind == .exposedBy }
        let exposedEffects = Set(exposed.map(\.effect))
        #expect(exposed.contains { exposedEffects.contains($0.cause) }, "no chain of two exposures")
        var linkedEffects = Set<Int32>()
        for link in history.links { linkedEffects.insert(link.effect) }
        let unlinkedRelatives = history.events.indices.filter { i in
            history.events[i].kind.isPunitive && !linkedEffects.contains(Int32(i))
                && history.events[i].reason != .defection
        }
        #expect(unlinkedRelatives.count > 20)
        let escapes = history.events.filter { $0.kind.isEscape }
        #expect(escapes.count > 200)
    }
}
