import Foundation
import Testing

@testable import KinGraphCore

/// Replays the committed libFuzzer corpus (Fuzz/corpus, grown by `make fuzz`) so that
/// every input the fuzzer found interesting stays a regression test.
@Suite struct FuzzCorpusReplayTests {
    static func corpus(_ name: String) -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus/\(name)")
        let files = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func fuzzyDateCorpusParsesOrFailsCleanly() throws {
        let files = Self.corpus("date")
        #expect(files.count > 10, "the committed date corpus is missing")
        let boundary = try #require(Day(year: 2011, month: 12, day: 17))
        var accepted = 0
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            guard let date = try? FuzzyDate(parsing: text) else { continue }
            accepted += 1
            if let earliest = date.earliest, let latest = date.latest {
                #expect(earliest <= latest, "\(file.lastPathComponent): \(text)")
            }
            _ = date.compare(to: boundary)
        }
        #expect(accepted > 0)
    }
}
