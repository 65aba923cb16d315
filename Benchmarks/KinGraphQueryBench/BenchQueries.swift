import ArgumentParser
import Foundation
import KinGraphCLI
import KinGraphCore
import KinGraphFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `KinGraphQueryBench`: KinGraph's side of `make bench`.
///
/// Loads the archive (parse, validate, index: ready to query), then answers the
/// sample's questions one by one, timing each with a monotonic clock, and prints one
/// JSON object with the answers and times for bench/run.py to compare with the peers.
/// Each question is timed twice: the traversal alone (what the peers do: the people
/// or events found, by index) and the whole answer as the CLI gives it (ids, names,
/// chains). The id lookup of the arguments is outside the timed part, as it is for
/// the peers.
struct BenchQueries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "KinGraphQueryBench",
        abstract: "Time the benchmark's questions on an archive (used by make bench).")

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: "The sample: JSON with neighbors, because_of (person ids) and paths (id pairs).")
    var sample: String

    /// The questions, as bench/run.py writes them.
    struct Sample: Decodable {
        var neighbors: [String]
        var because_of: [String]
        var paths: [[String]]
    }

    /// What bench/run.py reads back.
    struct Report: Encodable {
        var tool = "kingraph"
        var load_s: Double
        var build_s: Double
        var read_and_validate_s: Double
        var peak_rss_bytes: Int
        var answers: Answers
        /// The traversal alone, as the peers are timed: the people or events found.
        var times_ns: Times
        /// The whole answer as the CLI gives it (ids, names, chains with their links).
        var full_result_times_ns: Times

        struct Answers: Encodable {
            var neighbors: [[String]] = []
            var because_of: [[String]] = []
            var path: [Int?] = []
        }

        struct Times: Encodable {
            var neighbors: [UInt64] = []
            var because_of: [UInt64] = []
            var path: [UInt64] = []
        }
    }

    func run() throws {
        let questions = try JSONDecoder().decode(Sample.self, from: Data(contentsOf: URL(fileURLWithPath: sample)))
        let start = monotonicNanoseconds()
        let loaded = try archiveOptions.loadArchive()
        let read = monotonicNanoseconds()
        // Built on the references the validator already resolved: no id looked up twice.
        let graph = try loaded.graph()
        let built = monotonicNanoseconds()
        var scratch = GraphScratch()
        var answers = Report.Answers()
        var times = Report.Times()
        var full = Report.Times()
        let lookup = { (id: String) throws -> Int32 in
            guard let p = graph.personIndex(id) else { throw ValidationError("the sample names \(id), not in the archive") }
            return p
        }
        // One untimed question first: the scratch arrays are sized to the graph once.
        if let first = questions.neighbors.first {
            _ = graph.neighborhood(of: try lookup(first), depth: 3, familyOnly: true, scratch: &scratch)
        }
        // First pass: the traversals alone; second pass: the whole answers. Two passes,
        // so neither is timed right after the other warmed the same part of the graph.
        let people = try questions.neighbors.map(lookup)
        let culprits = try questions.because_of.map(lookup)
        let pairs = try questions.paths.map { pair in
            guard pair.count == 2 else { throw ValidationError("a path question needs two ids, not \(pair)") }
            return (try lookup(pair[0]), try lookup(pair[1]))
        }
        var neighborhoods: [[String]] = [], reached: [[String]] = [], lengths: [Int?] = []
        for p in people {
            let t = monotonicNanoseconds()
            let found = graph.neighborhood(of: p, depth: 3, familyOnly: true, scratch: &scratch)
            times.neighbors.append(monotonicNanoseconds() - t)
            neighborhoods.append(found.map { graph.person($0.person).id }.sorted())
        }
        for p in culprits {
            let t = monotonicNanoseconds()
            let found = graph.punishedBecauseOf(person: p, scratch: &scratch)
            times.because_of.append(monotonicNanoseconds() - t)
            reached.append(found.map { graph.event($0.event).id }.sorted())
        }
        for (a, b) in pairs {
            let t = monotonicNanoseconds()
            let found = graph.shortestPath(from: a, to: b, scratch: &scratch)
            times.path.append(monotonicNanoseconds() - t)
            lengths.append(found.map { $0.people.count - 1 })
        }
        for p in people {
            let t = monotonicNanoseconds()
            let result = try graph.neighbors(person: p, depth: 3, familyOnly: true, scratch: &scratch)
            full.neighbors.append(monotonicNanoseconds() - t)
            answers.neighbors.append(result.results.map(\.person).sorted())
        }
        for p in culprits {
            let t = monotonicNanoseconds()
            let result = graph.becauseOf(person: p, scratch: &scratch)
            full.because_of.append(monotonicNanoseconds() - t)
            answers.because_of.append(result.results.flatMap { $0.events.map(\.event) }.sorted())
        }
        for (a, b) in pairs {
            let t = monotonicNanoseconds()
            let result = graph.path(from: a, to: b, scratch: &scratch)
            full.path.append(monotonicNanoseconds() - t)
            answers.path.append(result.path.map { $0.count - 1 })
        }
        guard answers.neighbors == neighborhoods, answers.because_of == reached, answers.path == lengths else {
            throw ValidationError("the whole answers differ from the traversals")
        }
        let report = Report(
            load_s: Double(built - start) / 1e9, build_s: Double(built - read) / 1e9,
            read_and_validate_s: Double(read - start) / 1e9, peak_rss_bytes: peakResidentBytes(),
            answers: answers, times_ns: times, full_result_times_ns: full)
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
        // The archive and graph are dropped by the exit, not freed one record at a time.
        Foundation.exit(0)
    }
}

/// Nanoseconds on the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// The most memory this process has held resident so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
    #else
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    #endif
}
