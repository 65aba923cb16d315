import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fictional archive of any size with the structure of a real one, written as a
/// CSV folder: for benchmarks, demonstrations and tests at population scale.
///
/// Households of three generations married across households, siblings and in-laws,
/// neighbours, colleagues, friends and brokers; escapes whose guilt-by-association
/// cascades punish relatives within three family hops, contacts exposed one after
/// another, punishments left unlinked or with no known cause; fuzzy dates in every
/// form, mixed confidence, some people protected; romanised and hangul names.
/// The same `people` and `seed` always give the same bytes.
///
///     let summary = try SyntheticArchive.write(people: 10_000, seed: 1, to: "/tmp/synthetic")
///     summary.events  // a few thousand
public enum SyntheticArchive {
    /// How many records of each kind were written.
    public struct Summary: Sendable, Equatable {
        public let sources: Int
        public let people: Int
        public let ties: Int
        public let events: Int
        public let links: Int
        /// Records that repeat a person (`duplicates` > 0), counted in `people`.
        public var duplicates: Int = 0
    }

    /// The five files of the CSV folder form.
    public static let fileNames = ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv"]

    /// Writes an archive of `people` people into `folder`, which must be missing or
    /// empty (it is created when missing). Each file appears whole or not at all.
    /// - Complexity: O(people), in time and memory.
    ///
    /// With `duplicates` > 0, that share of the people get a second record (a quarter
    /// of them a third) respelled as another testimony would give it, and `truth.csv`
    /// in the folder says which records are one person (see `SyntheticDuplicates`).
    public static func write(
        people: Int, seed: UInt64, to folder: String, duplicates: Double = 0
    ) throws(SyntheticArchiveError) -> Summary {
        guard people >= 0 else { throw .negativeCount(people) }
        try prepare(folder)
        var populationRNG = SplitMix64(seed: seed, stream: 1)
        let population = SyntheticPopulation(people: people, rng: &populationRNG)
        var historyRNG = SplitMix64(seed: seed, stream: 2)
        let history = SyntheticHistory(population: population, rng: &historyRNG)
        let copies = duplicates > 0 ? SyntheticDuplicates(population: population, history: history, rate: duplicates, seed: seed) : nil
        let writer = SyntheticArchiveWriter(population: population, history: history, seed: seed, duplicates: copies)
        let base = URL(fileURLWithPath: folder)
        let withTruth = copies != nil
        let jobs: [@Sendable (String) throws(SyntheticArchiveError) -> Void] =
            [writer.writeSources, writer.writePeople, writer.writeTies, writer.writeEvents, writer.writeLinks]
            + (withTruth ? [writer.writeTruth] : [])
        let names = fileNames + (withTruth ? ["truth.csv"] : [])
        let order = [2, 1, 3, 0, 4] + (withTruth ? [5] : [])
        let failures = FailureList()
        // Largest files first; each file has its own random stream, so order and
        // parallelism never change the bytes.
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let i = order[k]
            do throws(SyntheticArchiveError) {
                try jobs[i](base.appendingPathComponent(names[i]).path)
            } catch {
                failures.append(error)
            }
        }
        if let first = failures.first { throw first }
        return Summary(
            sources: writer.sourceKinds.count, people: population.count + (copies?.count ?? 0),
            ties: population.ties.count + (copies?.ties.count ?? 0), events: history.events.count + (copies?.events.count ?? 0),
            links: history.links.count, duplicates: copies?.count ?? 0)
    }

    /// Creates `folder` when missing; refuses a file or a folder with anything in it.
    private static func prepare(_ folder: String) throws(SyntheticArchiveError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(path: folder) }
            let contents: [String]
            do { contents = try manager.contentsOfDirectory(atPath: folder) } catch {
                throw .cannotWrite(path: folder, reason: error.localizedDescription)
            }
            guard contents.isEmpty else { throw .outputNotEmpty(path: folder) }
        } else {
            try makeFolders(folder)
        }
    }

    /// `mkdir -p`: creates `path` and any missing parent, naming the one that failed.
    private static func makeFolders(_ path: String) throws(SyntheticArchiveError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw .cannotWrite(path: prefix, reason: String(cString: strerror(errno)))
            }
            prefix += "/"
        }
    }
}

/// Errors gathered from the file writers running in parallel.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [SyntheticArchiveError] = []

    func append(_ error: SyntheticArchiveError) {
        lock.lock()
        defer { lock.unlock() }
        errors.append(error)
    }

    var first: SyntheticArchiveError? {
        lock.lock()
        defer { lock.unlock() }
        return errors.first
    }
}
