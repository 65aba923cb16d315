import Foundation
import KinGraphCore

/// Fixture files and a hand-made archive for the exchange tests (fictional people).
enum ExchangeFixtures {
    /// The folder holding the exchange fixtures, found from this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/exchange")

    /// The repository root (for scripts/ and .venv/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func date(_ text: String) -> FuzzyDate? { try? FuzzyDate(parsing: text) }

    /// An archive using every field, odd ids (a space, an underscore, Hangul) and
    /// explicit confidences that differ from the defaults.
    static let archive = Archive(
        title: "Exchange test archive",
        sources: [
            Source(id: "T-001", kind: .testimony, date: date("2019-05~"), title: "Testimony of a neighbour"),
            Source(id: "R-002", kind: .report, date: date("2020"), title: "NGO report, chapter 3"),
            Source(id: "D 3", kind: .document),
        ],
        people: [
            Person(
                id: "P-0001", name: "Kim Chol-su", hangul: "김철수", aliases: ["Gim Cheol-su", "Chol"], sex: .male,
                born: date("1961~"), home: "Hyesan, Ryanggang", status: .defected, sources: ["T-001"]),
            Person(
                id: "P-0002", name: "Pak Yong-hui", sex: .female, born: date("1963/1965"), status: .detained,
                sources: ["T-001", "R-002"]),
            Person(
                id: "P_0003", name: "Kim Ok-sun", hangul: "김옥순", sex: .female, born: date("1988-04-12"),
                status: .disappeared, isProtected: true, sources: ["R-002"]),
            Person(id: "인물-4", name: "Ri Song-ho", sex: .other, born: date("0950"), home: "Musan\nNorth Hamgyong", sources: ["D 3"]),
        ],
        ties: [
            Tie(from: "P-0001", to: "P-0002", kind: .spouse, sources: ["T-001"]),
            Tie(from: "P-0001", to: "P_0003", kind: .parent, sources: ["T-001"]),
            Tie(from: "P-0002", to: "P_0003", kind: .parent, confidence: .confirmed, sources: ["R-002"]),
            Tie(from: "P-0001", to: "인물-4", kind: .friend, confidence: .hearsay, sources: ["D 3"]),
            Tie(from: "P-0002", to: "인물-4", kind: .relative, sources: ["D 3"]),
        ],
        events: [
            Event(
                id: "E-0001", person: "P-0001", kind: .defection, date: date("2011-08"), place: "Tumen river",
                country: "CN", confidence: .corroborated, sources: ["T-001"]),
            Event(
                id: "E-0002", person: "P-0002", kind: .detention, date: date("2011-09/2012-01"), place: "Hyesan",
                country: "KP", agency: "MSS", facility: "Kwanliso 15", reason: .guiltByAssociation, caseID: "C-1",
                sources: ["T-001", "R-002"]),
            Event(id: "E-0003", person: "P_0003", kind: .disappearance, date: date("2012?"), country: "XX", sources: ["R-002"]),
            Event(id: "E-0004", person: "인물-4", kind: .interrogation, sources: ["D 3"]),
        ],
        links: [
            Link(cause: "E-0001", effect: "E-0002", kind: .guiltByAssociation, sources: ["T-001"]),
            Link(cause: "E-0002", effect: "E-0003", kind: .ledTo, confidence: .hearsay, sources: ["R-002"]),
            Link(cause: "E-0001", effect: "E-0004", kind: .exposedBy, sources: ["D 3"]),
        ])

    /// Number of nodes (people + events) and edges (ties + links + events) of the graph exports.
    static func graphCounts(_ archive: Archive) -> (nodes: Int, edges: Int) {
        (archive.people.count + archive.events.count, archive.ties.count + archive.links.count + archive.events.count)
    }
}
