import Foundation
import KinGraphTestSupport
import Testing

@testable import KinGraphCore

/// Replays the committed libFuzzer corpus (Fuzz/corpus, grown by `make fuzz`) so that
/// every input the fuzzer found interesting stays a regression test.
@Suite struct FuzzCorpusReplayTests {
    static func corpus(_ name: String) -> [URL] { TestFixtures.fuzzCorpus(name) }

    @Test func fuzzyDateCorpusParsesOrFailsCleanly() throws {
        let files = Self.corpus("date")
        #expect(files.count > 10, "the committed date corpus is missing")
        let boundary = try #require(Day(year: 2011, month: 12, day: 17))
        var accepted = 0
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            guard let date = try? FuzzyDate(parsing: text) else { continue }
            accepted += 1
            if let earliest = date.earliest, let latest = date.latest {
                #expect(earliest <= latest, "\(file.lastPathComponent): \(text)")
            }
            _ = date.compare(to: boundary)
        }
        #expect(accepted > 0)
    }

    /// The name corpus: the first line is asked for, each further line a person's names
    /// (`name|hangul|alias|…`), as Fuzz/Sources/FuzzNames reads them. Scores stay in
    /// 1…100, and everyone's own name finds them with 100 when it has letters.
    @Test func nameCorpusMatchesWithinBounds() throws {
        let files = Self.corpus("names")
        #expect(files.count > 10, "the committed name corpus is missing")
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard !lines.isEmpty else { continue }
            let query = lines.removeFirst()
            let people = lines.prefix(64).enumerated().map { index, line in
                let names = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                return Person(
                    id: "P-\(index)", name: names.first ?? "", hangul: names.count > 1 ? names[1] : nil,
                    aliases: Array(names.dropFirst(2)), sources: ["T-1"])
            }
            let graph = try ArchiveGraph(Archive(sources: [Source(id: "T-1", kind: .testimony)], people: people))
            for match in graph.find(query).results {
                #expect((1...100).contains(match.score), "\(file.lastPathComponent): \(match)")
            }
            _ = try? graph.resolvePerson(query)
            for person in people where !NameKey(person.name).literal.isEmpty {
                let own = graph.find(person.name).results.first { $0.person == person.id }
                #expect(own?.score == 100, "\(file.lastPathComponent): \(person.name) does not find itself")
            }
        }
    }
}
