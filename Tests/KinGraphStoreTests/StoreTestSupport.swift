import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphTestSupport

@testable import KinGraphStore

extension ScratchFolder {
    /// A new store at `name` holding `archive`.
    func store(_ archive: Archive = StoreFixture.archive, name: String = "work.kgdb") throws -> SQLiteStore {
        try SQLiteStore.create(path + "/" + name, archive: archive, author: StoreFixture.author, command: "test")
    }
}

/// A small fictional archive with every field used, worked out by hand.
enum StoreFixture {
    static let author = ChangeAuthor(name: "Tester", at: "2026-03-01T09:30:00Z")

    static func date(_ text: String) -> FuzzyDate? { try? FuzzyDate(parsing: text) }

    static let archive = Archive(
        title: "Fixture \"one\"",
        sources: [
            Source(id: "T-001", kind: .testimony, date: date("2019-05"), title: "Interview, Seoul"),
            Source(id: "R-001", kind: .report, title: "NGO report"),
        ],
        people: [
            Person(
                id: "P-0001", name: "Ri Song-hui", hangul: "리송희", aliases: ["Ri Song-hi", "the elder"], sex: .female,
                born: date("1979~"), home: "Hyesan, Ryanggang", status: .defected, sources: ["T-001"]),
            Person(id: "P-0002", name: "Ri Chol", sex: .male, born: date("1950/1955"), status: .detained, isProtected: true, sources: ["T-001", "R-001"]),
            Person(id: "P-0003", name: "Kim Ok \"Oki\"", home: "line\none", sources: ["R-001"]),
        ],
        ties: [
            Tie(from: "P-0002", to: "P-0001", kind: .parent, confidence: .confirmed, sources: ["T-001"]),
            Tie(from: "P-0001", to: "P-0003", kind: .friend, sources: ["R-001"]),
        ],
        events: [
            Event(id: "E-0001", person: "P-0001", kind: .defection, date: date("2018-03-12"), place: "Hyesan", country: "KP", sources: ["T-001"]),
            Event(
                id: "E-0002", person: "P-0002", kind: .arrest, date: date("2018-04?"), place: "Hyesan", country: "KP",
                agency: "MSS", facility: "Hyesan holding centre", reason: .guiltByAssociation, caseID: "C-1",
                confidence: .corroborated, sources: ["T-001", "R-001"]),
        ],
        links: [Link(cause: "E-0001", effect: "E-0002", kind: .guiltByAssociation, confidence: .corroborated, sources: ["T-001"])])
}
