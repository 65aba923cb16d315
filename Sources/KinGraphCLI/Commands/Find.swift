import ArgumentParser
import KinGraphCore

/// `kingraph find NAME`: people whose name matches.
struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "People whose name, hangul or alias matches NAME, best match first.",
        discussion: """
            Case, spaces and hyphens are ignored, hangul is read as its romanisation, and \
            the usual spellings meet: Chol/Cheol/Chul, Kim/Gim, Ri/Lee/Yi/Rhee, Pak/Park, \
            Choe/Choi, Jong/Jung/Chong, Hyon/Hyun, Yong/Young, O/Oh, ŏ/eo, ŭ/eu, …

            Example:
              kingraph find "Lee Chul" --archive graphs/sample.json
              kingraph find 박영명
            """)

    @OptionGroup var archiveOptions: ArchiveOptions
    @OptionGroup var options: QueryOptions
    @Argument(help: "A name, part of one, or hangul.")
    var name: String

    func run() throws {
        let graph = try options.graph(archiveOptions)
        let answer = graph.find(name)
        try options.print(answer) { answer.text(graph) }
    }
}
