import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphMatch
import KinGraphSynthetic
import Testing

/// Precision and recall against the truth `generate --duplicates` writes.
@Suite struct SyntheticTruthTests {
    /// 3,000 people, a tenth of them recorded again (about 3,400 records): measured
    /// precision 0.984 and recall 0.975 at the default threshold.
    @Test func precisionAndRecallOnASmallTruthSet() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/kingraph-match-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try SyntheticArchive.write(people: 3000, seed: 7, to: folder, duplicates: 0.1)
        #expect(summary.duplicates > 250 && summary.people == 3000 + summary.duplicates)
        let archive = try ArchiveReader.load(from: folder).archive
        let truthText = try String(contentsOfFile: folder + "/truth.csv", encoding: .utf8)
        var personOf: [String: String] = [:]
        for line in truthText.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",")
            personOf[String(cells[0])] = String(cells[1])
        }
        #expect(personOf.count == archive.people.count)
        var byPerson: [String: [String]] = [:]
        for (record, person) in personOf { byPerson[person, default: []].append(record) }
        var truePairs = Set<IDPair>()
        for records in byPerson.values where records.count > 1 {
            for i in records.indices { for j in records.indices where i < j { truePairs.insert(IDPair(records[i], records[j])) } }
        }
        let result = RecordLinkage.run(archive)
        let found = Set(result.pairs.map { IDPair($0.a, $0.b) })
        let hits = Double(found.intersection(truePairs).count)
        let precision = hits / Double(found.count), recall = hits / Double(truePairs.count)
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.93, "recall \(recall)")
        // Every cluster is one person's records, but for a few.
        let mixed = result.clusters.filter { Set($0.compactMap { personOf[$0] }).count > 1 }
        #expect(Double(mixed.count) <= 0.03 * Double(result.clusters.count))
    }

    @Test func withoutDuplicatesTheArchiveIsUnchangedAndHasNoTruth() throws {
        let base = FileManager.default.temporaryDirectory.path + "/kingraph-match-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        _ = try SyntheticArchive.write(people: 500, seed: 3, to: base + "/plain")
        _ = try SyntheticArchive.write(people: 500, seed: 3, to: base + "/dups", duplicates: 0.2)
        #expect(!FileManager.default.fileExists(atPath: base + "/plain/truth.csv"))
        let plain = try String(contentsOfFile: base + "/plain/people.csv", encoding: .utf8)
        let dups = try String(contentsOfFile: base + "/dups/people.csv", encoding: .utf8)
        // The first 500 people are the same people; the duplicates follow them.
        let plainRows = plain.split(separator: "\n")
        let dupRows = dups.split(separator: "\n")
        #expect(dupRows.count > plainRows.count)
        #expect(zip(plainRows, dupRows).dropFirst().allSatisfy { $0.split(separator: ",").dropFirst().elementsEqual($1.split(separator: ",").dropFirst()) })
    }
}
