import ArgumentParser
import Foundation
import KinGraphCore

/// `kingraph stats`: the archive in a report's terms.
struct Stats: QueryCommand {
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

    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> StatsResult {
        graph.stats(minConfidence: options.confidence)
    }

    func text(_ answer: StatsResult, graph: ArchiveGraph) -> String { answer.text() }
}

extension StatsResult {
    /// The report table: each count with its share of the punished.
    func text() -> String {
        let out = "People \(people), punished \(punished), cases \(cases), testimonies \(testimonies)\n\n"
        var table = TextTable(["", "", "PUNISHED", "SHARE"], rightAligned: [2, 3])
        func rows(_ group: String, _ values: [(String, Int)]) {
            for (i, (label, value)) in values.enumerated() {
                table.add([i == 0 ? group : "", label, "\(value)", share(value)])
            }
        }
        rows("where", [("inside the country (KP)", self.where.KP), ("abroad", self.where.abroad), ("unknown", self.where.unknown)])
        rows("era", [("before 2011-12-17", era.before), ("after 2011-12-17", era.after), ("uncertain", era.uncertain)])
        rows("covid", [("before 2020-01-22", covid.before), ("after 2020-01-22", covid.after), ("uncertain", covid.uncertain)])
        var why = [
            ("defection", self.why.defection), ("guilt-by-association", self.why.guiltByAssociation),
            ("contact-abroad", self.why.contactAbroad),
        ]
        let others = [
            ("smuggling", self.why.smuggling), ("religion", self.why.religion), ("foreign-media", self.why.foreignMedia),
            ("other", self.why.other),
        ]
        why += others.filter { $0.1 > 0 }
        why.append(("unknown", self.why.unknown))
        rows("why", why)
        table.add(["total", "", "\(punished)", share(punished)])
        return out + table.text
    }

    /// `78.8%` of the punished; `-` when no one is punished.
    private func share(_ value: Int) -> String {
        guard punished > 0 else { return "-" }
        return String(format: "%.1f%%", Double(value) * 100 / Double(punished))
    }
}
