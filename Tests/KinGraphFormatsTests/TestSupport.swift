import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

extension ScratchFolder {
    /// A CSV folder named `name` holding a valid minimal archive, with `replacing`
    /// files (by name) given instead.
    func csvFolder(_ name: String = "archive", replacing: [String: String] = [:]) throws -> String {
        var files = Fixture.minimalCSV
        for (file, text) in replacing { files[file] = text }
        for (file, text) in files { try write(name + "/" + file, text) }
        return path + "/" + name
    }
}

enum Fixture {
    static var smallJSON: String { TestFixtures.smallJSON }
    static var smallCSV: String { TestFixtures.smallCSV }

    /// The archive both small fixtures hold, written out by hand.
    static var small: Archive {
        func date(_ text: String) -> FuzzyDate? { try? FuzzyDate(parsing: text) }
        return Archive(
            title: "Small fixture (fictional people)",
            sources: [
                Source(id: "T-001", kind: .testimony, date: date("2019-05"), title: "Interview in Seoul"),
                Source(id: "T-002", kind: .testimony, date: date("2020~")),
                Source(id: "R-001", kind: .report, title: "Report, \"annex\" B\nsecond line"),
            ],
            people: [
                Person(
                    id: "P-1", name: "Ri Song-mi", hangul: "리성미", aliases: ["Lee Sung-mi", "Song-mi"], sex: .female,
                    born: date("1958?"), home: "Hyesan, Ryanggang", status: .defected, sources: ["T-001"]),
                Person(
                    id: "P-2", name: "Pak Yong-ho", sex: .male, born: date("1985-02-28/1985-03"), status: .disappeared,
                    isProtected: true, sources: ["T-001", "T-002"]),
                Person(
                    id: "P-3", name: "Jo Un-ha", sex: .other, born: date("/1990"), status: .atLarge, sources: ["R-001"]),
            ],
            ties: [
                Tie(from: "P-1", to: "P-2", kind: .parent, confidence: .confirmed, sources: ["T-001"]),
                Tie(from: "P-2", to: "P-3", kind: .friend, sources: ["T-001", "T-002"]),
            ],
            events: [
                Event(
                    id: "E-1", person: "P-1", kind: .defection, date: date("2012-12-31"), place: "Hyesan", country: "KP",
                    sources: ["T-001"]),
                Event(
                    id: "E-2", person: "P-2", kind: .detention, date: date("2013-01~"), place: "Hyesan", country: "KP",
                    agency: "MSS", facility: "Kwanliso 15", reason: .guiltByAssociation, caseID: "C-01",
                    confidence: .corroborated, sources: ["T-001", "T-002"]),
                Event(
                    id: "E-3", person: "P-3", kind: .repatriation, date: date("2016/"), country: "CN", agency: "PRC-PSB",
                    sources: ["R-001"]),
            ],
            links: [
                Link(cause: "E-1", effect: "E-2", kind: .guiltByAssociation, confidence: .singleSource, sources: ["T-001"]),
                Link(cause: "E-2", effect: "E-3", kind: .exposedBy, sources: ["T-002"]),
            ])
    }

    /// A valid archive in CSV: two people, one tie, two events, one link.
    static let minimalCSV: [String: String] = [
        "sources.csv": "id,kind\nT-1,testimony\n",
        "people.csv": "id,name,sources\nP-1,Han Mi-ok,T-1\nP-2,Han Chol,T-1\n",
        "ties.csv": "from,to,kind,sources\nP-1,P-2,sibling,T-1\n",
        "events.csv": "id,person,kind,date,sources\nE-1,P-1,escape-attempt,2014-03,T-1\nE-2,P-2,arrest,2014-04,T-1\n",
        "links.csv": "cause,effect,kind,sources\nE-1,E-2,guilt-by-association,T-1\n",
    ]

    /// A valid minimal JSON archive with `people` spliced in as the people section.
    static func json(people: String = #"[{"id": "P-1", "name": "Han Mi-ok", "sources": ["T-1"]}]"#, extra: String = "")
        -> String
    {
        #"{"format": "kingraph-archive/1", "sources": [{"id": "T-1", "kind": "testimony"}], "people": "#
            + people + extra + "}"
    }
}

/// The problems loading `path` reports (the archive must be invalid).
func problems(loading path: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Problem] {
    do {
        _ = try ArchiveReader.load(from: path)
        Issue.record("expected \(path) to be invalid", sourceLocation: sourceLocation)
        return []
    } catch {
        guard case .invalid(let problems) = error else {
            Issue.record("expected invalid, got \(error)", sourceLocation: sourceLocation)
            return []
        }
        return problems
    }
}
