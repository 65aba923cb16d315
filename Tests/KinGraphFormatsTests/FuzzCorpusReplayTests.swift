import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// Replays the committed libFuzzer corpora of the readers and importers (Fuzz/corpus,
/// grown by `make fuzz`), so every input the fuzzer found interesting stays a
/// regression test: each must load, or fail with problems that name a place.
@Suite struct FormatsFuzzCorpusReplayTests {
    static func corpus(_ name: String) -> [URL] { TestFixtures.fuzzCorpus(name) }

    /// What a load gave: loaded, or the problems (every error must name its place).
    private static func check(_ load: () throws(ArchiveLoadError) -> LoadedArchive, _ file: URL) -> Archive? {
        do throws(ArchiveLoadError) {
            let loaded = try load()
            #expect(ArchiveValidator.validate(loaded.archive).allSatisfy { !$0.isError }, "\(file.lastPathComponent)")
            return loaded.archive
        } catch {
            let errors = error.problems.filter(\.isError)
            #expect(!errors.isEmpty, "\(file.lastPathComponent): failed without an error: \(error)")
            for problem in errors {
                #expect(!problem.place.isEmpty && !problem.message.isEmpty, "\(file.lastPathComponent): \(problem)")
            }
            return nil
        }
    }

    @Test func jsonCorpusLoadsOrFailsWithPlaces() throws {
        let files = Self.corpus("json")
        #expect(files.count > 10, "the committed JSON corpus is missing")
        var loaded = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            if let archive = Self.check({ () throws(ArchiveLoadError) in try ArchiveReader.load(json: bytes) }, file) {
                loaded += 1
                ReplayExercise.archive(archive)
            }
        }
        #expect(loaded > 0, "no JSON input in the corpus loads: the seeds are gone")
    }

    @Test func csvCorpusLoadsOrFailsWithPlaces() throws {
        let files = Self.corpus("csv")
        #expect(files.count > 10, "the committed CSV corpus is missing")
        var loaded = 0
        for file in files {
            guard let seeded = Exercise.csvFiles([UInt8](try Data(contentsOf: file))) else { continue }
            if let read = Self.check({ () throws(ArchiveLoadError) in try ArchiveReader.load(csvFiles: seeded) }, file) {
                loaded += 1
                ReplayExercise.archive(read)
            }
        }
        #expect(loaded > 0, "no CSV input in the corpus loads: the seeds are gone")
    }

    @Test func gedcomCorpusImportsToValidArchivesOrNotes() throws {
        let files = Self.corpus("gedcom")
        #expect(files.count > 10, "the committed GEDCOM corpus is missing")
        var imported = 0
        for file in files {
            let data = try Data(contentsOf: file)
            do throws(ExchangeError) {
                let result = try GEDCOMImporter().read(data, fileName: "fuzz.ged")
                ReplayExercise.imported(result, file)
                if !result.hasErrors { imported += 1 }
            } catch {
                #expect(!error.message.isEmpty, "\(file.lastPathComponent)")
            }
        }
        #expect(imported > 0, "no GEDCOM input in the corpus imports: the seeds are gone")
    }

    @Test func ftmCorpusImportsToValidArchivesOrNotes() throws {
        let files = Self.corpus("ftm")
        #expect(files.count > 10, "the committed FtM corpus is missing")
        var imported = 0
        for file in files {
            let data = try Data(contentsOf: file)
            do throws(ExchangeError) {
                let result = try FtMImporter().read(data, fileName: "fuzz.ftm.json")
                ReplayExercise.imported(result, file)
                if !result.hasErrors { imported += 1 }
            } catch {
                #expect(!error.message.isEmpty, "\(file.lastPathComponent)")
            }
        }
        #expect(imported > 0, "no FtM input in the corpus imports: the seeds are gone")
    }
}

/// What the fuzz targets do with what they read (KinGraphTestSupport's `Exercise`),
/// a finding recorded as a test issue.
enum ReplayExercise {
    static func archive(_ archive: Archive) {
        Exercise.archive(archive) { Issue.record(Comment(rawValue: $0)) }
    }

    /// An import's notes must say something; without error notes its archive must validate.
    static func imported(_ result: ExchangeImport, _ file: URL) {
        for note in result.notes { #expect(!note.message.isEmpty, "\(file.lastPathComponent)") }
        Exercise.imported(result.archive, hasErrors: result.hasErrors) {
            Issue.record(Comment(rawValue: "\(file.lastPathComponent): \($0)"))
        }
    }
}
