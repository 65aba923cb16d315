import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphFormats

/// `kingraph info`: what an archive holds, in counts.
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what an archive holds: counts of each record kind, sources by kind, the dates of events.",
        discussion: """
            Loads and validates the archive, then prints how many sources, people, ties, \
            events and links it has, the sources by kind, how many people are protected, \
            and the span of the events' dates. --json prints the same as one JSON object.

            Example:
              kingraph info --archive graphs/sample.json
            """)

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let path = try archiveOptions.requirePath()
        let loaded = try archiveOptions.loadArchive()
        let summary = ArchiveSummary(loaded.archive, path: path, form: loaded.form)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(summary)
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(summary.text, terminator: "")
        }
    }
}

/// The numbers `info` shows.
struct ArchiveSummary: Encodable {
    struct Counts: Encodable {
        var sources, people, ties, events, links: Int
    }

    struct EventDates: Encodable {
        /// The date of the event that can be earliest, as written (an open side
        /// counts as its known side).
        var earliest: String?
        /// The date of the event that can be latest, as written.
        var latest: String?
        var dated: Int
        var undated: Int
    }

    var archive: String
    var form: String
    var title: String?
    var counts: Counts
    var sourcesByKind: [String: Int]
    var protectedPeople: Int
    var eventDates: EventDates

    /// - Complexity: O(records).
    init(_ archive: Archive, path: String, form: ArchiveForm) {
        self.archive = path
        self.form = form.rawValue
        title = archive.title
        counts = Counts(
            sources: archive.sources.count, people: archive.people.count, ties: archive.ties.count,
            events: archive.events.count, links: archive.links.count)
        var byKind: [String: Int] = [:]
        for source in archive.sources { byKind[source.kind.rawValue, default: 0] += 1 }
        sourcesByKind = byKind
        protectedPeople = archive.people.lazy.filter(\.isProtected).count
        // An open side counts as its known side: `2016/` is at least 2016.
        var first: (day: Day, date: FuzzyDate)?, last: (day: Day, date: FuzzyDate)?
        var dated = 0
        for event in archive.events {
            guard let date = event.date, let low = date.earliest ?? date.latest,
                let high = date.latest ?? date.earliest
            else { continue }
            dated += 1
            if first.map({ low < $0.day }) ?? true { first = (low, date) }
            if last.map({ high > $0.day }) ?? true { last = (high, date) }
        }
        eventDates = EventDates(
            earliest: first?.date.text, latest: last?.date.text, dated: dated, undated: archive.events.count - dated)
    }

    /// Aligned lines, one per record kind.
    var text: String {
        var rows: [(String, String)] = [("archive", "\(archive) (\(ArchiveForm(rawValue: form)?.displayName ?? form))")]
        if let title { rows.append(("title", title)) }
        let kinds = SourceKind.allCases.compactMap { kind in
            sourcesByKind[kind.rawValue].map { "\(kind.rawValue) \($0)" }
        }
        rows.append(("sources", "\(counts.sources)" + (kinds.isEmpty ? "" : ": " + kinds.joined(separator: ", "))))
        rows.append(("people", "\(counts.people)" + (protectedPeople > 0 ? " (\(protectedPeople) protected)" : "")))
        rows.append(("ties", "\(counts.ties)"))
        var events = "\(counts.events)"
        if let earliest = eventDates.earliest, let latest = eventDates.latest {
            events += ", dated \(earliest) to \(latest)"
        }
        if eventDates.undated > 0 && counts.events > 0 { events += " (\(eventDates.undated) undated)" }
        rows.append(("events", events))
        rows.append(("links", "\(counts.links)"))
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined()
    }
}
