import ArgumentParser
import KinGraphCore

/// `kingraph stats`: the archive in a report's terms.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The archive in a report's terms: the punished by place, era, border closure and reason.",
        discussion: """
            Each punished person (someone with a punitive event) counts once, by their first \
            punitive event: inside the country (KP) or abroad; before or after 2011-12-17 \
            and 2020-01-22, or uncertain when the date straddles the day or is missing; and \
            why (the event's reason, else the links that point at it).

            Example:
              kingraph stats --archive graphs/sample.json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions

    func run() throws {
        let graph = try options.graph(archiveOptions)
        let answer = graph.stats(minConfidence: options.confidence)
        try options.print(answer) { answer.text() }
    }
}
