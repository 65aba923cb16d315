import Foundation
import GRDB
import KinGraphCore
import KinGraphTestSupport
import KinGraphFormats
import KinGraphSynthetic
import Testing

@testable import KinGraphStore

/// The neighbourhood check finds every error the full validator finds after a
/// change: random changes of every kind on random valid archives, each checked both
/// ways (nothing is written).
@Suite struct NeighborhoodTests {
    typealias Random = SplitMix64

    /// A valid archive: links only run from an earlier event to a later one.
    static func archive(_ random: inout Random) -> Archive {
        let sources = (1...4).map { Source(id: "T-\($0)", kind: .testimony) }
        func cite() -> [String] { [sources[random.below(4)].id] }
        let people = (1...12).map { Person(id: "P-\($0)", name: "Person \($0)", sources: SourceList(cite())) }
        var ties: [Tie] = []
        for _ in 0..<14 {
            let a = random.below(12), b = random.below(12)
            if a != b { ties.append(Tie(from: people[a].id, to: people[b].id, kind: random.chance(0.50) ? .parent : .sibling, sources: SourceList(cite()))) }
        }
        let events = (1...14).map { Event(id: "E-\($0)", person: people[random.below(12)].id, kind: .arrest, sources: SourceList(cite())) }
        var links: [Link] = []
        for _ in 0..<14 {
            let a = random.below(14), b = random.below(14)
            if a < b { links.append(Link(cause: events[a].id, effect: events[b].id, kind: .ledTo, sources: SourceList(cite()))) }
        }
        return Archive(sources: sources, people: people, ties: ties, events: events, links: links)
    }

    /// A random change, often one that breaks something.
    static func change(_ random: inout Random, _ archive: Archive) -> Change {
        func person() -> String { random.chance(0.90) ? archive.people[random.below(archive.people.count)].id : "P-404" }
        func event() -> String { random.chance(0.90) ? archive.events[random.below(archive.events.count)].id : "E-404" }
        func sources() -> FieldInput { .list(random.chance(0.85) ? ["T-\(random.below(4) + 1)"] : random.chance(0.50) ? [] : ["T-404"]) }
        func tieKey() -> String? { archive.ties.isEmpty ? nil : RecordKey.tie(archive.ties[random.below(archive.ties.count)]) }
        func linkKey() -> String? { archive.links.isEmpty ? nil : RecordKey.link(archive.links[random.below(archive.links.count)]) }
        let action: Change.Action
        switch random.below(12) {
        case 0: action = .add(.person, fields: ["id": .text(random.chance(0.30) ? person() : "P-new"), "name": .text("N"), "sources": sources()])
        case 1: action = .add(.tie, fields: ["from": .text(person()), "to": .text(person()), "kind": .text("spouse"), "sources": sources()])
        case 2: action = .add(.event, fields: ["id": .text(random.chance(0.30) ? event() : "E-new"), "person": .text(person()), "kind": .text("arrest"), "sources": sources()])
        case 3, 4: action = .add(.link, fields: ["cause": .text(event()), "effect": .text(event()), "kind": .text("led-to"), "sources": sources()])
        case 5: action = .edit(key: event(), set: ["person": .text(person())], unset: [])
        case 6: action = .edit(key: tieKey() ?? person(), set: random.chance(0.50) ? ["to": .text(person())] : ["sources": sources()], unset: [])
        case 7: action = .edit(key: linkKey() ?? event(), set: random.chance(0.70) ? ["cause": .text(event())] : ["effect": .text(event())], unset: [])
        case 8: action = .edit(key: person(), set: ["sources": sources()], unset: [])
        case 9: action = .remove(key: random.chance(0.50) ? person() : event(), cascade: true)
        case 10: action = .remove(key: "T-\(random.below(4) + 1)", cascade: true)
        default: action = .merge(keep: person(), drop: person())
        }
        return Change(action, source: "T-1")
    }

    /// The errors of `problems` as comparable facts: place and message, except that
    /// a cycle is one fact (which events a cycle is shown through depends on order).
    static func facts(_ problems: [Problem]) -> Set<String> {
        Set(problems.filter(\.isError).map { $0.message.contains("cycle") || $0.message.contains("cannot cause itself") ? "cycle" : "\($0.place): \($0.message)" })
    }

    @Test(arguments: 0..<6) func theNeighborhoodFindsEveryErrorTheFullValidatorFinds(seed: UInt64) throws {
        var random = Random(seed: seed &* 7919 &+ 1)
        let scratch = try ScratchFolder()
        let base = Self.archive(&random)
        let store = try scratch.store(base)
        var checked = 0, withErrors = 0
        for _ in 0..<150 {
            let change = Self.change(&random, base)
            let outcome: (local: Set<String>, full: Set<String>)? = try store.access { db in
                let queries = try StoreQueries(db)
                let planner = ChangePlanner(queries: queries, file: "work.kgdb")
                guard let plan = try? planner.plan(change, number: 0) else { return nil }
                var neighborhood = Neighborhood(queries: queries, writes: plan.writes)
                let local = try neighborhood.problems(file: "work.kgdb")
                let after = try Self.applied(plan.writes, queries)
                let full = ArchiveValidator.validate(after).map { problem -> Problem in
                    var placed = problem
                    if let record = problem.record {
                        placed.place = SQLiteStore.place(file: "work.kgdb", archive: after, record: record, field: problem.field)
                    }
                    return placed
                }
                return (Self.facts(local), Self.facts(full))
            }
            guard let outcome else { continue }
            checked += 1
            if !outcome.full.isEmpty { withErrors += 1 }
            #expect(outcome.local == outcome.full, "\(change.command)")
        }
        #expect(checked > 60)
        #expect(withErrors > 15)
    }

    /// The whole archive with `writes` applied, records in row order (new ones last).
    static func applied(_ writes: [RecordWrite], _ queries: StoreQueries) throws -> Archive {
        var archive = Archive()
        for kind in RecordKind.allCases {
            var rows = try queries.fetch(kind, "1 = 1", []).map { (row: $0.row, record: Optional($0.record)) }
            for write in writes where write.kind == kind {
                if let row = write.row, let index = rows.firstIndex(where: { $0.row == row }) {
                    rows[index].record = write.after
                } else if write.row == nil {
                    rows.append((Int64.max, write.after))
                }
            }
            for case let record? in rows.map(\.record) {
                switch record {
                case .source(let r): archive.sources.append(r)
                case .person(let r): archive.people.append(r)
                case .tie(let r): archive.ties.append(r)
                case .event(let r): archive.events.append(r)
                case .link(let r): archive.links.append(r)
                }
            }
        }
        return archive
    }
}
