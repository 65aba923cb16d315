import ArgumentParser
import Foundation
import KinGraphSynthetic

/// `kingraph generate`: writes a fictional archive of any size as a CSV folder.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic archive (fictional people) as a CSV folder, for benchmarks and demonstrations.",
        discussion: """
            Households of three generations married across households, non-family ties, escapes \
            whose guilt-by-association cascades punish relatives within three hops, contacts \
            exposed one after another, fuzzy dates, mixed confidence. The same --people and \
            --seed always give the same bytes. --duplicates RATE adds records that repeat \
            people, as testimonies do, and truth.csv (record,person) for measuring `match`. The output folder must be new or empty.
            """
    )

    @Option(name: .long, parsing: .unconditional, help: "How many people (0 gives an empty but valid archive).")
    var people: Int

    @Option(name: .long, help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Folder to create (it must not exist, or be empty).")
    var output: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write second (and some third) records of this share of the people, respelled as other testimonies give them, and truth.csv saying which records are one person.",
            valueName: "rate"))
    var duplicates: Double = 0

    func validate() throws {
        guard people >= 0 else { throw ValidationError("--people must be 0 or more, not \(people)") }
        guard people <= 100_000_000 else { throw ValidationError("--people is at most 100000000") }
        guard (0...1).contains(duplicates) else { throw ValidationError("--duplicates must be between 0 and 1, not \(duplicates)") }
    }

    func run() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let summary = try SyntheticArchive.write(people: people, seed: seed, to: output, duplicates: duplicates)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "Wrote \(summary.people) people, \(summary.ties) ties, \(summary.events) events, "
                + "\(summary.links) links, \(summary.sources) sources to \(output) in "
                + String(format: "%.2f", seconds) + " s"
                + (duplicates > 0 ? "; \(summary.duplicates) of the people records repeat a person (truth.csv)" : ""))
    }
}
