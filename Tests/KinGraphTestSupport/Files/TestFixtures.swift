import Foundation

/// The fixtures every test target shares (Tests/KinGraphTestSupport/Fixtures):
/// `small.json` and `small-csv` (the same small archive in two forms), `hyesan.json`
/// (the Hyesan family, also built in code by `HyesanFixture`), `capture.json`,
/// `invalid.json`. All people in them are fictional.
public enum TestFixtures {
    /// The fixtures folder, copied into this target's resource bundle.
    public static var folder: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.path ?? packageRoot + "/Tests/KinGraphTestSupport/Fixtures"
    }

    public static var smallJSON: String { folder + "/small.json" }
    public static var smallCSV: String { folder + "/small-csv" }
    public static var hyesanJSON: String { folder + "/hyesan.json" }

    /// The package's root folder, found from this source file.
    public static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// The committed libFuzzer corpus `name` (Fuzz/corpus/NAME, grown by `make fuzz`), sorted.
    public static func fuzzCorpus(_ name: String) -> [URL] {
        let folder = URL(fileURLWithPath: packageRoot + "/Fuzz/corpus/" + name)
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
