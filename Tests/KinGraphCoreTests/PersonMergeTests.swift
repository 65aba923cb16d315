import Testing

@testable import KinGraphCore

/// The one merge of person records: a pair (the caller's kept id) and groups of
/// pairs (the first record in archive order kept), with the same rules.
@Suite struct PersonMergeTests {
    /// Three records of one woman (P-2, P-4, P-5), her father P-1 named in two, a
    /// friend P-3.
    static let archive = Archive(
        sources: [Source(id: "T-1", kind: .testimony), Source(id: "T-2", kind: .testimony), Source(id: "T-3", kind: .testimony)],
        people: [
            Person(id: "P-1", name: "Kim Il-nam", sex: .male, sources: ["T-1"]),
            Person(id: "P-2", name: "Kim Chol-hui", aliases: ["Chol-hui"], sex: .female, sources: ["T-1"]),
            Person(id: "P-3", name: "Ri Ok", sources: ["T-2"]),
            Person(id: "P-4", name: "Kim Cheol-hee", hangul: "김철희", home: "Hyesan", status: .detained, isProtected: true, sources: ["T-2"]),
            Person(id: "P-5", name: "김철희", hangul: "김철희", aliases: ["Chol-hui", "Cheol"], sources: ["T-3", "T-1"]),
        ],
        ties: [
            Tie(from: "P-1", to: "P-2", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-2", to: "P-3", kind: .friend, sources: ["T-1"]),
            Tie(from: "P-1", to: "P-4", kind: .parent, confidence: .confirmed, sources: ["T-2"]),
            Tie(from: "P-4", to: "P-5", kind: .sibling, sources: ["T-2"]),
            Tie(from: "P-3", to: "P-5", kind: .friend, sources: ["T-3"]),
        ],
        events: [
            Event(id: "E-1", person: "P-4", kind: .arrest, sources: ["T-2"]),
            Event(id: "E-2", person: "P-5", kind: .detention, sources: ["T-3"]),
            Event(id: "E-3", person: "P-2", kind: .defection, sources: ["T-1"]),
        ])

    @Test func aGroupOfPairsBecomesOnePersonKeepingTheFirstRecord() {
        // P-5 = P-4 and P-4 = P-2 make one group; P-2 comes first in the archive.
        let outcome = PersonMerge.merge(Self.archive, same: [("P-5", "P-4"), ("P-4", "P-2"), ("P-9", "P-1"), ("P-3", "P-3")])
        #expect(outcome.groups == [PersonMerge.Group(kept: "P-2", merged: ["P-4", "P-5"])])
        let merged = outcome.archive
        #expect(merged.people.map(\.id) == ["P-1", "P-2", "P-3"])
        let kim = merged.people[1]
        #expect(kim.name == "Kim Chol-hui" && kim.hangul == "김철희")
        #expect(kim.aliases == ["Chol-hui", "Kim Cheol-hee", "P-4", "Cheol", "P-5"])
        #expect(kim.sex == .female && kim.home == "Hyesan" && kim.status == .detained && kim.isProtected)
        #expect(kim.sources == ["T-1", "T-2", "T-3"])
        #expect(merged.events.map(\.id) == ["E-1", "E-2", "E-3"])
        #expect(merged.events.map(\.person) == ["P-2", "P-2", "P-2"])
        // The sibling tie inside the group went; the father's ties and the friend ties became one each.
        #expect(merged.ties == [
            Tie(from: "P-1", to: "P-2", kind: .parent, confidence: .confirmed, sources: ["T-1", "T-2"]),
            Tie(from: "P-2", to: "P-3", kind: .friend, sources: ["T-1", "T-3"]),
        ])
        #expect(outcome.removedTies == [2, 3, 4] && outcome.droppedTies == 1 && outcome.joinedTies == 2)
        #expect(ArchiveValidator.validate(merged).filter(\.isError).isEmpty)
    }

    @Test func aGroupMergeIsThePairMergesOneAfterAnother() throws {
        let group = PersonMerge.merge(Self.archive, same: [("P-2", "P-4"), ("P-5", "P-2")])
        let first = try PersonMerge.merge(Self.archive, keeping: "P-2", dropping: "P-4")
        let second = try PersonMerge.merge(first.archive, keeping: "P-2", dropping: "P-5")
        #expect(group.archive == second.archive)
        #expect(first.groups == [PersonMerge.Group(kept: "P-2", merged: ["P-4"])])
    }

    @Test func aPairKeepsTheCallersChoice() throws {
        let outcome = try PersonMerge.merge(Self.archive, keeping: "P-4", dropping: "P-2")
        #expect(outcome.archive.people.map(\.id) == ["P-1", "P-3", "P-4", "P-5"])
        let kept = try #require(outcome.archive.people.first { $0.id == "P-4" })
        #expect(kept.name == "Kim Cheol-hee" && kept.aliases == ["Kim Chol-hui", "Chol-hui", "P-2"] && kept.sex == .female)
        #expect(outcome.archive.events.map(\.person) == ["P-4", "P-5", "P-4"])
        #expect(throws: PersonMerge.Failure.samePerson("P-1")) { try PersonMerge.merge(Self.archive, keeping: "P-1", dropping: "P-1") }
        #expect(throws: PersonMerge.Failure.unknownPerson("P-9")) { try PersonMerge.merge(Self.archive, keeping: "P-1", dropping: "P-9") }
    }

    @Test func tiesThatWereAlreadyAlikeAndNotMovedStayAsTheyAre() {
        var archive = Self.archive
        archive.ties.append(Tie(from: "P-3", to: "P-1", kind: .friend, sources: ["T-1"]))
        archive.ties.append(Tie(from: "P-1", to: "P-3", kind: .friend, sources: ["T-2"]))
        let outcome = PersonMerge.merge(archive, same: [])
        #expect(outcome.archive == archive && outcome.groups.isEmpty && outcome.removedTies.isEmpty)
    }

    @Test func manyMergesScale() {
        // 20,000 pairs (a chain per 4 records) in one pass: the union-find is linear.
        var archive = Archive(sources: [Source(id: "T-1", kind: .testimony)])
        for i in 0..<40_000 { archive.people.append(Person(id: "P-\(i)", name: "N \(i / 4)", sources: ["T-1"])) }
        for i in stride(from: 0, to: 40_000, by: 2) { archive.ties.append(Tie(from: "P-\(i)", to: "P-\(i + 1)", kind: .sibling, sources: ["T-1"])) }
        let pairs = (0..<40_000).filter { $0 % 4 != 0 }.map { ("P-\($0)", "P-\($0 - 1)") }
        let outcome = PersonMerge.merge(archive, same: pairs)
        #expect(outcome.archive.people.count == 10_000 && outcome.groups.count == 10_000)
        #expect(outcome.groups.first == PersonMerge.Group(kept: "P-0", merged: ["P-1", "P-2", "P-3"]))
        #expect(outcome.archive.ties.isEmpty && outcome.droppedTies == 20_000)
    }
}
