import Foundation
import Hummingbird
import HummingbirdTesting
import KinGraphFormats
import Testing

@testable import KinGraphServer

/// The explorer notices when the archive's files change on disk.
@Suite struct ExplorerReloadTests {
    static func archive(extra name: String?) -> String {
        var people: [[String: Any]] = [["id": "P-1", "name": "Kim Chol-su", "sources": ["S-1"]]]
        if let name { people.append(["id": "P-2", "name": name, "sources": ["S-1"]]) }
        let archive: [String: Any] = [
            "format": "kingraph-archive/1", "sources": [["id": "S-1", "kind": "testimony"]],
            "people": people, "ties": [], "events": [], "links": [],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: archive, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aChangedJSONFileIsLoadedAgainAndABrokenOneKeepsTheLastVersion() async throws {
        let harness = try ExplorerHarness(json: Self.archive(extra: nil))
        defer { harness.remove() }
        let archive = harness.explorer.archive
        #expect(!archive.reloadIfChanged())
        #expect(archive.snapshot.graph.personIndex("P-2") == nil)
        try Data(Self.archive(extra: "Ri Sun-hui").utf8).write(to: URL(fileURLWithPath: harness.path))
        #expect(archive.reloadIfChanged())
        #expect(archive.snapshot.version == 2)
        #expect(archive.snapshot.graph.personIndex("P-2") != nil)
        try Data("{\"format\": ".utf8).write(to: URL(fileURLWithPath: harness.path))
        #expect(!archive.reloadIfChanged())
        #expect(archive.snapshot.version == 2)
        try await harness.test { [auth = harness.bearer] client in
            try await client.execute(uri: "/person?id=P-2", method: .get, headers: auth) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("could not be loaded again"))
                #expect(response.text.contains("archive.json"))
            }
        }
    }

    @Test func aChangedCSVFolderIsLoadedAgain() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/kingraph-serve-csv-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = FileManager.default.temporaryDirectory.path + "/kingraph-serve-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: json) }
        try Data(Self.archive(extra: nil).utf8).write(to: URL(fileURLWithPath: json))
        let first = try ArchiveReader.load(from: json).archive
        try ArchiveWriter.write(first, to: folder)
        let harness = try ExplorerHarness(existing: folder)
        defer { harness.remove() }
        #expect(harness.explorer.archive.snapshot.graph.personCount == 1)
        try Data(Self.archive(extra: "Ri Sun-hui").utf8).write(to: URL(fileURLWithPath: json))
        usleep(20_000)
        try ArchiveWriter.write(try ArchiveReader.load(from: json).archive, to: folder, overwrite: true)
        #expect(harness.explorer.archive.reloadIfChanged())
        #expect(harness.explorer.archive.snapshot.graph.personCount == 2)
    }
}
