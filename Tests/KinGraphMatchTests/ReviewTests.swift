import KinGraphCore
import Testing

@testable import KinGraphMatch

/// The review CSV round trip and the merge it drives.
@Suite struct ReviewTests {
    /// `text` with the decision of row `k` (1-based, after the header) set.
    static func decide(_ text: String, _ decisions: [Int: String]) -> String {
        var lines = text.components(separatedBy: "\r\n")
        for (k, word) in decisions { lines[k] += word }
        return lines.joined(separator: "\r\n")
    }

    @Test func reviewFileRoundTrips() throws {
        let archive = try TwoTestimonies.archive()
        let result = RecordLinkage.run(archive)
        let text = ReviewSheet.text(result, archive)
        #expect(text.hasPrefix("\u{FEFF}pair,probability,weight,a,a_name,b,b_name,name,born,sex,home,relatives,events,a_sources,b_sources,decision\r\n"))
        let ids = Set(archive.people.map(\.id))
        #expect(try ReviewSheet.read(text, file: "review.csv", people: ids).isEmpty)  // nothing decided yet
        let decided = try ReviewSheet.read(Self.decide(text, [1: "same", 2: " Different "]), file: "review.csv", people: ids)
        #expect(decided.map(\.pair) == result.pairs.map { IDPair($0.a, $0.b) })
        #expect(decided.map(\.decision) == [.same, .different])
        #expect(decided.map(\.line) == [2, 3])
    }

    @Test func badReviewFilesNameTheirLines() throws {
        let ids: Set<String> = ["P-01", "P-02", "P-09", "P-10"]
        func problems(_ text: String) -> [String] {
            do {
                _ = try ReviewSheet.read(text, file: "review.csv", people: ids)
                return []
            } catch {
                return error.description.components(separatedBy: "\n")
            }
        }
        #expect(problems("pair,a,b\n1,P-01,P-09\n") == ["review.csv:1: missing column decision; the header is: pair,a,b"])
        #expect(problems("a,decision\n") == ["review.csv:1: missing columns b; the header is: a,decision"] || problems("a,decision\n") == ["review.csv:1: missing column b; the header is: a,decision"])
        #expect(problems("a,b,decision\nP-01,P-09,yes\nP-01,P-99,same\n\"P-02\",P-10,unsure\nP-02,P-02,same\n") == [
            "review.csv:2: unknown decision 'yes'; expected same, different or unsure (or leave it empty)",
            "review.csv:3: unknown person 'P-99'",
            "review.csv:5: 'P-02' is paired with itself",
        ])
        #expect(problems("a,b,decision\nP-01,P-09,same\nP-09,P-01,different\n") == [
            "review.csv:3: P-01 and P-09 are marked different here but same at line 2"
        ])
        #expect(problems("a,b,decision\n\"P-01,P-09,same\n") == ["review.csv:2: a quoted cell is never closed"])
        #expect(problems("") == ["review.csv:1: the file is empty; expected a header with a, b and decision"])
    }

    @Test func spreadsheetQuirksAreRead() throws {
        // A byte-order mark, CRLF, quoted cells with commas and line breaks, a short last row.
        let text = "\u{FEFF}A,B,note,Decision\r\nP-01,P-09,\"said \"\"same\"\",\r\nreally\",same\r\nP-02,P-10\r\n"
        let rows = try ReviewSheet.read(text, file: "r.csv", people: ["P-01", "P-09", "P-02", "P-10"])
        #expect(rows == [ReviewSheet.Row(pair: IDPair("P-01", "P-09"), decision: .same, line: 2)])
    }

    @Test func mergeKeepsEverySourceAliasTieAndEvent() throws {
        let archive = try TwoTestimonies.archive()
        let report = PersonMerge.merge(archive, same: [("P-09", "P-01"), ("P-02", "P-10")])
        let merged = report.archive
        #expect(report.groups.map(\.kept) == ["P-01", "P-02"] && report.groups.map(\.merged) == [["P-09"], ["P-10"]])
        #expect(merged.people.count == archive.people.count - 2)
        #expect(ArchiveValidator.validate(merged).filter(\.isError).isEmpty)
        let kim = try #require(merged.people.first { $0.id == "P-01" })
        #expect(kim.name == "Kim Chol-su" && kim.hangul == "김철수")
        #expect(kim.sources == ["T-1", "T-2"])
        #expect(kim.born?.text == "1961~" && kim.home == "Hyesan, Ryanggang")  // the kept record's own values
        let ri = try #require(merged.people.first { $0.id == "P-02" })
        #expect(ri.aliases == ["Lee Young-hee", "P-10"] && ri.sources == ["T-1", "T-2"])
        // Every event is kept, moved to the kept record.
        #expect(merged.events.map(\.id) == archive.events.map(\.id))
        #expect(merged.events.map(\.person) == ["P-01", "P-02", "P-01", "P-02"])
        #expect(merged.links == archive.links)
        // Ties to the same parents became one, with both testimonies as sources.
        let fromFather = merged.ties.filter { $0.from == "P-03" && $0.to == "P-01" }
        #expect(fromFather.count == 1 && fromFather.first?.sources == ["T-1", "T-2"])
        let spouses = merged.ties.filter { $0.kind == .spouse && Set([$0.from, $0.to]) == ["P-01", "P-02"] }
        #expect(spouses.count == 1 && spouses.first?.sources == ["T-1", "T-2"])
        #expect(report.joinedTies == 4 && report.droppedTies == 0)
        #expect(merged.ties.count == archive.ties.count - 4)
        #expect(!merged.ties.contains { $0.from == "P-09" || $0.to == "P-09" || $0.from == "P-10" || $0.to == "P-10" })
    }

    @Test func aTieBetweenMergedRecordsIsDropped() throws {
        let archive = try TwoTestimonies.archive()
        let report = PersonMerge.merge(archive, same: [("P-01", "P-02")])
        let merged = report.archive
        #expect(report.droppedTies == 1)
        #expect(!merged.ties.contains { $0.from == $0.to })
    }

    @Test func decisionsFileRoundTrips() throws {
        let pairs: Set<IDPair> = [IDPair("P-10", "P-02"), IDPair("P-01", "P-11")]
        let text = Decisions.text(pairs)
        #expect(text == "a,b,decision\nP-01,P-11,different\nP-02,P-10,different\n")
        #expect(try Decisions.read(text, file: "d.csv", people: ["P-01", "P-02", "P-10", "P-11"]) == pairs)
        // An id merged away since is dropped, not an error.
        #expect(try Decisions.read(text, file: "d.csv", people: ["P-01", "P-02", "P-10"]) == [IDPair("P-02", "P-10")])
        #expect(Decisions.path(forArchive: "graphs/sample.json") == "graphs/sample.decisions.csv")
        #expect(Decisions.path(forArchive: "out/") == "out/decisions.csv")
    }
}
