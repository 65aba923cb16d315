import Foundation
import KinGraphCore
import KinGraphFormats
import KinGraphStore

/// The repository's fictional sample archive (graphs/sample.json), as the store tests' records.
enum Fixture {
    static let author = ChangeAuthor(name: "Tester", at: "2026-03-01T09:30:00Z")

    /// graphs/sample.json, beside this test folder.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("graphs/sample.json").path

    static func archive() throws -> Archive {
        try ArchiveReader.load(from: path).archive
    }
}
