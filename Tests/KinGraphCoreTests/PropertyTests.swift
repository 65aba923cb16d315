import Testing

@testable import KinGraphCore

/// The graph's answers equal the plain implementation's on random archives.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...60)
    static let levels: [Confidence] = [.hearsay, .singleSource, .corroborated]

    @Test(arguments: seeds) func becauseOfMatchesThePlainWay(seed: UInt64) throws {
        let archive = try RandomArchive.make(seed: seed)
        let graph = try ArchiveGraph(archive)
        var scratch = GraphScratch()
        for level in Self.levels {
            let naive = NaiveQueries(archive, level: level)
            for p in 0..<Int32(graph.personCount) {
                let answer = graph.becauseOf(person: p, minConfidence: level, scratch: &scratch)
                let expected = naive.becauseOf(graph.person(p).id)
                #expect(answer.results.map(\.person) == expected.map(\.person), "seed \(seed) \(level) \(graph.person(p).id)")
                #expect(
                    answer.results.map { $0.events.map(\.chain) } == expected.map { $0.events.map(\.chain) },
                    "seed \(seed) \(level) \(graph.person(p).id)")
                for event in answer.results.flatMap(\.events) {
                    #expect(event.links.map(\.effect) == Array(event.chain.dropFirst()))
                }
            }
        }
    }

    @Test(arguments: seeds) func neighborsAndPathsMatchThePlainWay(seed: UInt64) throws {
        let archive = try RandomArchive.make(seed: seed)
        let graph = try ArchiveGraph(archive)
        var scratch = GraphScratch()
        var rng = SeededGenerator(seed: seed)
        for level in Self.levels {
            let naive = NaiveQueries(archive, level: level)
            for p in 0..<Int32(graph.personCount) {
                let id = graph.person(p).id
                let depth = Int.random(in: 1...4, using: &rng)
                let familyOnly = Bool.random(using: &rng)
                let answer = try graph.neighbors(
                    person: p, depth: depth, familyOnly: familyOnly, minConfidence: level, scratch: &scratch)
                var expected = naive.distances(from: id, depth: depth, familyOnly: familyOnly)
                expected[id] = nil
                #expect(answer.results.map(\.person) == expected.keys.sorted(), "seed \(seed) \(id)")
                #expect(answer.results.allSatisfy { expected[$0.person] == $0.distance })

                let q = Int32.random(in: 0..<Int32(graph.personCount), using: &rng)
                let path = graph.path(from: p, to: q, familyOnly: familyOnly, minConfidence: level, scratch: &scratch)
                let plain = naive.path(id, graph.person(q).id, familyOnly: familyOnly)
                #expect(path.path == plain?.people, "seed \(seed) \(id) → \(graph.person(q).id)")
                #expect(path.ties == plain?.ties)
            }
        }
    }

    @Test(arguments: seeds) func implicatedMatchesThePlainWay(seed: UInt64) throws {
        let archive = try RandomArchive.make(seed: seed)
        let graph = try ArchiveGraph(archive)
        var scratch = GraphScratch()
        var rng = SeededGenerator(seed: seed &+ 1000)
        for level in Self.levels {
            let naive = NaiveQueries(archive, level: level)
            for p in 0..<Int32(graph.personCount) {
                let depth = Int.random(in: 1...4, using: &rng)
                let expected = naive.implicated(graph.person(p).id, depth: depth)
                do {
                    let answer = try graph.implicated(person: p, depth: depth, minConfidence: level, scratch: &scratch)
                    #expect(answer == expected, "seed \(seed) \(level) \(graph.person(p).id)")
                } catch {
                    #expect(expected == nil && error == .noEscape(person: graph.person(p).id))
                }
            }
        }
    }

    @Test(arguments: seeds) func statsMatchThePlainWay(seed: UInt64) throws {
        let archive = try RandomArchive.make(seed: seed)
        let graph = try ArchiveGraph(archive)
        for level in Self.levels {
            #expect(graph.stats(minConfidence: level) == NaiveQueries(archive, level: level).stats(), "seed \(seed)")
        }
    }
}

/// The random archives reach the cases the properties are about.
@Suite struct RandomArchiveCoverageTests {
    @Test func randomArchivesExerciseEveryCase() throws {
        var longestChain = 0, statuses = Set<ImplicationStatus>(), longestPath = 0, noPath = 0
        var outOfOrder = 0, kinWords = Set<String>(), others = 0
        for seed in PropertyTests.seeds {
            let graph = try ArchiveGraph(RandomArchive.make(seed: seed))
            var scratch = GraphScratch()
            if !graph.peopleInIDOrder { outOfOrder += 1 }
            for p in 0..<Int32(graph.personCount) {
                let chains = graph.becauseOf(person: p, scratch: &scratch).results.flatMap(\.events).map(\.chain.count)
                longestChain = max(longestChain, chains.max() ?? 0)
                if let answer = try? graph.implicated(person: p, scratch: &scratch) {
                    statuses.formUnion(answer.relatives.map(\.status))
                    kinWords.formUnion(answer.relatives.map(\.kinship))
                    others += answer.others.count
                }
                let path = graph.path(from: p, to: (p + 3) % Int32(graph.personCount), familyOnly: true, scratch: &scratch)
                if let people = path.path { longestPath = max(longestPath, people.count) } else { noPath += 1 }
            }
        }
        #expect(longestChain >= 4 && longestPath >= 5 && noPath > 0 && outOfOrder > 10 && others > 0)
        #expect(statuses == [.punished, .unlinked, .atRisk])
        #expect(kinWords.isSuperset(of: ["mother", "son", "sister", "cousin", "relative"]))
        #expect(kinWords.contains { $0.contains("'s ") })
    }
}
