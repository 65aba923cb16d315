import Foundation
import KinGraphCore
import Testing

import KinGraphFormats

@testable import KinGraphSynthetic

@Suite("Synthetic archives")
struct SyntheticTests {
    @Test("the same seed gives the same bytes, another seed other bytes")
    func deterministic() throws {
        let a = SyntheticOutputFolder(), b = SyntheticOutputFolder(), c = SyntheticOutputFolder()
        defer { a.cleanup(); b.cleanup(); c.cleanup() }
        let sa = try SyntheticArchive.write(people: 3000, seed: 42, to: a.url.path)
        let sb = try SyntheticArchive.write(people: 3000, seed: 42, to: b.url.path)
        _ = try SyntheticArchive.write(people: 3000, seed: 43, to: c.url.path)
        #expect(sa == sb)
        for name in SyntheticArchive.fileNames {
            let da = try Data(contentsOf: a.url.appendingPathComponent(name))
            let db = try Data(contentsOf: b.url.appendingPathComponent(name))
            let dc = try Data(contentsOf: c.url.appendingPathComponent(name))
            #expect(da == db, "\(name) differs between two runs with one seed")
            #expect(da != dc, "\(name) is the same for two seeds")
        }
    }

    @Test("zero people gives the five files with their headers only")
    func empty() throws {
        let folder = SyntheticOutputFolder()
        defer { folder.cleanup() }
        let summary = try SyntheticArchive.write(people: 0, seed: 1, to: folder.url.path)
        #expect(summary == .init(sources: 0, people: 0, ties: 0, events: 0, links: 0))
        let people = try String(contentsOf: folder.url.appendingPathComponent("people.csv"), encoding: .utf8)
        #expect(people == "id,name,hangul,aliases,sex,born,home,status,protected,sources\n")
        for name in SyntheticArchive.fileNames {
            let rows = PlainCSV.rows(try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8))
            #expect(rows.count == 1, "\(name) should hold just its header")
        }
    }

    @Test("a folder that holds anything is refused and left as it was")
    func refusesNonEmptyFolder() throws {
        let folder = SyntheticOutputFolder()
        defer { folder.cleanup() }
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        let keep = folder.url.appendingPathComponent("people.csv")
        try Data("precious".utf8).write(to: keep)
        #expect(throws: SyntheticArchiveError.outputNotEmpty(path: folder.url.path)) {
            try SyntheticArchive.write(people: 10, seed: 1, to: folder.url.path)
        }
        #expect(try String(contentsOf: keep, encoding: .utf8) == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["people.csv"])
    }

    @Test("every row has its header's cells, every reference and date is valid")
    func wellFormed() throws {
        let folder = SyntheticOutputFolder()
        defer { folder.cleanup() }
        let summary = try SyntheticArchive.write(people: 4000, seed: 9, to: folder.url.path)
        #expect(summary.people == 4000)
        let sources = try PlainCSV.records(folder.url, "sources.csv")
        let people = try PlainCSV.records(folder.url, "people.csv")
        let ties = try PlainCSV.records(folder.url, "ties.csv")
        let events = try PlainCSV.records(folder.url, "events.csv")
        let links = try PlainCSV.records(folder.url, "links.csv")
        let counts: [Int] = [sources.count, people.count, ties.count, events.count, links.count]
        let expected: [Int] = [summary.sources, summary.people, summary.ties, summary.events, summary.links]
        #expect(counts == expected)
        let sourceIDs = Set(sources.compactMap { $0["id"] })
        let personIDs = Set(people.compactMap { $0["id"] })
        var eventPerson: [String: String] = [:]
        var eventDate: [String: FuzzyDate] = [:]
        #expect(sourceIDs.count == sources.count)
        #expect(personIDs.count == people.count)
        for record in sources + people + ties + events + links {
            let cited = (record["sources"] ?? "").split(separator: ";").map(String.init)
            if record["title"] == nil {
                let valid = !cited.isEmpty && cited.allSatisfy { sourceIDs.contains($0) }
                #expect(valid)
            }
        }
        for person in people {
            let name = person["name"] ?? ""
            #expect(person.count == 10)
            #expect(!name.isEmpty)
            if let born = person["born"], !born.isEmpty { _ = try FuzzyDate(parsing: born) }
            #expect(["", "true", "false"].contains(person["protected"] ?? "?"))
        }
        for tie in ties {
            let from = tie["from"] ?? "", to = tie["to"] ?? ""
            #expect(personIDs.contains(from))
            #expect(personIDs.contains(to))
            #expect(tie["from"] != tie["to"])
            #expect(TieKind(rawValue: tie["kind"] ?? "") != nil)
        }
        for event in events {
            let id = event["id"] ?? ""
            let person = event["person"] ?? ""
            #expect(event.count == 12)
            #expect(personIDs.contains(person))
            #expect(EventKind(rawValue: event["kind"] ?? "") != nil)
            eventPerson[id] = event["person"]
            if let text = event["date"], !text.isEmpty { eventDate[id] = try FuzzyDate(parsing: text) }
        }
        for link in links {
            let cause = link["cause"] ?? "", effect = link["effect"] ?? ""
            #expect(eventPerson[cause] != nil)
            #expect(eventPerson[effect] != nil)
            #expect(LinkKind(rawValue: link["kind"] ?? "") != nil)
            if let c = eventDate[cause]?.earliest, let e = eventDate[effect]?.latest {
                #expect(c <= e, "link \(cause) → \(effect): the cause is dated after its effect")
            }
        }
    }

    @Test("the archive reader finds no problem, not even a warning", arguments: [0, 1, 77] as [UInt64])
    func validates(seed: UInt64) throws {
        let folder = SyntheticOutputFolder()
        defer { folder.cleanup() }
        let summary = try SyntheticArchive.write(people: 2500, seed: seed, to: folder.url.path)
        let loaded = try ArchiveReader.load(from: folder.url.path)
        #expect(loaded.warnings.map(\.description) == [])
        #expect(loaded.archive.people.count == summary.people)
        #expect(loaded.archive.ties.count == summary.ties)
        #expect(loaded.archive.events.count == summary.events)
        #expect(loaded.archive.links.count == summary.links)
        #expect(loaded.archive.people.contains { $0.isProtected })
        #expect(loaded.archive.people.contains { !$0.aliases.isEmpty && $0.hangul != nil })
        let forms = Set(loaded.archive.events.compactMap { $0.date?.text }.map(SyntheticTests.form))
        #expect(forms == ["YYYY", "YYYY-MM", "YYYY-MM-DD", "qualified", "A/B", "/B", "A/"])
        let confidences = Set(loaded.archive.ties.map { $0.confidence?.rawValue ?? "" })
        #expect(confidences.count == 5)
    }

    @Test("an empty archive is valid")
    func emptyValidates() throws {
        let folder = SyntheticOutputFolder()
        defer { folder.cleanup() }
        _ = try SyntheticArchive.write(people: 0, seed: 1, to: folder.url.path)
        let loaded = try ArchiveReader.load(from: folder.url.path)
        #expect(loaded.archive == Archive())
    }

    /// The EDTF form of a date text.
    static func form(_ text: String) -> String {
        if text.hasPrefix("/") { return "/B" }
        if text.hasSuffix("/") { return "A/" }
        if text.contains("/") { return "A/B" }
        if text.hasSuffix("?") || text.hasSuffix("~") { return "qualified" }
        return ["", "YYYY", "YYYY-MM", "YYYY-MM-DD"][text.split(separator: "-").count]
    }
}
