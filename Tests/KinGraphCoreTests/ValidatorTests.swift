import KinGraphCore
import Testing

/// `ArchiveValidator` on archives built in code (no reader involved).
@Suite struct ValidatorTests {
    /// People P-0…, events E-0… (one per person), links from `pairs` (cause, effect).
    func archive(events count: Int, links pairs: [(Int, Int)]) -> Archive {
        Archive(
            sources: [Source(id: "T", kind: .testimony)],
            people: [Person(id: "P", name: "Han", sources: ["T"])],
            events: (0..<count).map { Event(id: "E-\($0)", person: "P", kind: .arrest, sources: ["T"]) },
            links: pairs.map { Link(cause: "E-\($0.0)", effect: "E-\($0.1)", kind: .ledTo, sources: ["T"]) })
    }

    @Test func aValidArchiveHasNoProblems() {
        #expect(ArchiveValidator.validate(archive(events: 4, links: [(0, 1), (1, 2), (0, 2), (2, 3)])).isEmpty)
    }

    @Test func oneCyclePerGroupWithTheIdsOnIt() {
        // Two separate loops: 0→1→2→0 and 3→4→3, plus a tail 2→5 outside them.
        let problems = ArchiveValidator.validate(
            archive(events: 6, links: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 3), (2, 5)]))
        #expect(
            problems.map(\.description) == [
                "links[0]: links form a cycle: E-0 → E-1 → E-2 → E-0; causes cannot loop",
                "links[3]: links form a cycle: E-3 → E-4 → E-3; causes cannot loop",
            ])
        #expect(problems.allSatisfy { $0.isError })
        #expect(problems.map(\.record) == [RecordRef(.link, 0), RecordRef(.link, 3)])
    }

    @Test func aShortestCycleIsShownAndTheGroupSizeMentioned() {
        // 0→1→2→3→0 with a shortcut 1→0: one group of four, shortest loop 0→1→0.
        let problems = ArchiveValidator.validate(archive(events: 4, links: [(0, 1), (1, 2), (2, 3), (3, 0), (1, 0)]))
        #expect(
            problems.map(\.message) == [
                "links form a cycle: E-0 → E-1 → E-0; causes cannot loop (4 events are caught in loops together)"
            ])
    }

    @Test func aLongChainAndAHugeLoopDoNotOverflowTheStack() {
        let n = 200_000
        let chain = (0..<(n - 1)).map { ($0, $0 + 1) }
        #expect(ArchiveValidator.validate(archive(events: n, links: chain)).isEmpty)
        let loop = ArchiveValidator.validate(archive(events: n, links: chain + [(n - 1, 0)]))
        #expect(loop.count == 1)
        #expect(loop.first?.message.hasSuffix("→ E-199999 → E-0; causes cannot loop") == true)
    }

    @Test func duplicateIdsAreReportedOnEveryLaterRecord() {
        var a = archive(events: 3, links: [])
        a.events[2].id = "E-0"
        a.sources.append(Source(id: "T", kind: .report))
        let problems = ArchiveValidator.validate(a)
        #expect(
            problems.map(\.description) == [
                "sources[1].id (T): duplicate source id 'T': an earlier source has it too",
                "events[2].id (E-0): duplicate event id 'E-0': an earlier event has it too",
            ])
    }

    @Test func referencesSelfTiesAndSourcesAreChecked() {
        var a = archive(events: 1, links: [(0, 7)])
        a.ties = [Tie(from: "P", to: "P", kind: .spouse, sources: []), Tie(from: "Q", to: "P", kind: .friend, sources: ["T", "U"])]
        a.events[0].country = "kp"
        let problems = ArchiveValidator.validate(a).map(\.description)
        #expect(
            problems == [
                "ties[0].sources: no sources; every tie needs at least one source id",
                "ties[0].to: tie from P to themself; a tie joins two different people",
                "ties[1].from: unknown person 'Q' in from",
                "ties[1].sources: unknown source 'U'",
                "events[0].country (E-0): warning: country 'kp' is not an ISO 3166 alpha-2 code such as KP, CN or RU",
                "links[0].effect: unknown event 'E-7' in effect",
            ])
    }

    @Test func skippedIdsAreNotReportedAsMissing() {
        var skipped = ArchiveValidator.SkippedIDs()
        skipped.events = ["E-7"]
        #expect(ArchiveValidator.validate(archive(events: 1, links: [(0, 7)]), skipped: skipped).isEmpty)
    }

    @Test func causeAfterEffectIsAWarningOnlyWhenCertain() throws {
        var a = archive(events: 2, links: [(0, 1)])
        a.events[0].date = try FuzzyDate(parsing: "2014-05")
        a.events[1].date = try FuzzyDate(parsing: "2014-03~")
        let problems = ArchiveValidator.validate(a)
        #expect(problems.map(\.description) == ["links[0].cause: warning: cause E-0 (2014-05) is dated after its effect E-1 (2014-03~)"])
        a.events[1].date = try FuzzyDate(parsing: "2014")
        #expect(ArchiveValidator.validate(a).isEmpty)
    }
}
