import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphRender
import KinGraphReport

/// `kingraph report (--person P | --case C | --all) --output FILE.pdf|.html`: a case
/// dossier a reader can follow without KinGraph, redacted as publications are.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a case dossier (HTML or PDF) for one person, one case or the whole archive.",
        discussion: """
            The dossier has a title page (archive, date, what is redacted), a summary table, \
            and per person a section with facts, a timeline, the causal chain that led to \
            their punishment as numbered steps with the sources as notes, and the family and \
            events diagrams. --all adds the statistics with bar charts. HTML is one \
            self-contained file; PDF is printed from it by headless Chromium without a \
            network. Protected people appear by the same pseudonyms as in diagrams unless \
            --reveal-protected. A dossier of more than --max-people sections (default 300) \
            is refused: report one case instead.

            Examples:
              kingraph report --person P-0001 --output p1.pdf --archive graphs/sample.json
              kingraph report --case C-001 --output c1.html --archive graphs/sample.json
              kingraph report --all --output sample.pdf --archive graphs/sample.json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("The person the dossier is about (id or name), with everyone punished because of them.", valueName: "person"))
    var person: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("A case id: everyone with an event in the case.", valueName: "case"))
    var caseID: String?

    @Flag(name: .long, help: "Everyone punished in the archive, with the statistics.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("The file to write: .html or .pdf.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The date on the title page, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH's day, else today, UTC).", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Refuse a dossier with more person sections than this (default 300).", valueName: "n"))
    var maxPeople: Int = 300

    @Flag(name: .long, help: "Show protected people as they are. The dossier then endangers them: keep it inside the archive.")
    var revealProtected = false

    @Flag(name: .long, help: "Replace an existing output file.")
    var force = false

    enum Kind: String { case html, pdf }

    var kind: Kind? {
        guard let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else { return nil }
        return Kind(rawValue: output[output.index(after: dot)...].lowercased())
    }

    func validate() throws {
        let chosen = [person != nil, caseID != nil, all].filter { $0 }.count
        if chosen != 1 { throw ValidationError("give exactly one of --person P, --case C or --all") }
        if kind == nil { throw ValidationError("'\(output)': the report is written as .html or .pdf") }
        if let date, (try? FuzzyDate(parsing: date))?.earliest == nil || date.count != 10 {
            throw ValidationError("--date '\(date)' is not a day: use YYYY-MM-DD")
        }
        if maxPeople < 1 { throw ValidationError("--max-people must be 1 or more (got \(maxPeople))") }
    }

    func run() throws {
        let input = try archiveOptions.requirePath()
        try ExchangeFiles.checkDestination(output, overwrite: force, input: input)
        let loaded = try archiveOptions.loadArchive()
        // The graph the dossier is told from: the archive as it may be published.
        let redactor = Redactor(loaded.archive)
        let graph = revealProtected ? try loaded.graph() : try ArchiveGraph(redactor.redact(loaded.archive))
        let scope: ReportScope
        if let person {
            let resolver = PersonResolver(
                graph: graph,
                redacted: revealProtected ? nil : RedactedPeople(full: try loaded.graph(), redactor: redactor, shown: graph))
            scope = .person(graph.person(try resolver.resolve(person)).id)
        } else if let caseID {
            scope = .caseID(caseID)
        } else {
            scope = .all
        }
        let day = date ?? Self.today()
        let builder = DossierBuilder(graph: graph, revealed: revealProtected, date: day, maxPeople: maxPeople)
        let dossier = try builder.build(scope)
        let html = DossierHTML().write(dossier)
        let bytes = kind == .pdf ? try ChromiumPDF().convert(html, date: day) : Array(html.utf8)
        try ExchangeFiles.write(bytes: bytes, to: output, overwrite: force, input: input)
        let protected = dossier.sections.filter(\.person.isProtected).count
        let note = revealProtected ? "; protected people REVEALED" : protected > 0 ? "; \(protected) protected people as pseudonyms" : ""
        print("wrote \(output): \(dossier.sections.count) people, \(dossier.sections.map { $0.chains.flatMap { $0 }.count }.reduce(0, +)) chain steps\(note)")
    }

    /// $SOURCE_DATE_EPOCH's day when set (reproducible builds' convention), else today, in UTC.
    static func today() -> String {
        var seconds = Date().timeIntervalSince1970
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let value = Double(epoch) { seconds = value }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
