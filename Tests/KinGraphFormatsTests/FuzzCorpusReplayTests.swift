import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

/// Replays the committed libFuzzer corpora of the readers and importers (Fuzz/corpus,
/// grown by `make fuzz`), so every input the fuzzer found interesting stays a
/// regression test: each must load, or fail with problems that name a place.
@Suite struct FormatsFuzzCorpusReplayTests {
    static func corpus(_ name: String) -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus/\(name)")
        let files = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

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
        let names = ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv", "archive.csv"]
        var loaded = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            guard let first = bytes.first else { continue }
            var archive = ReplayExercise.csvSeed
            archive[names[Int(first) % names.count]] = Array(bytes.dropFirst())
            let files = archive
            if let read = Self.check({ () throws(ArchiveLoadError) in try ArchiveReader.load(csvFiles: files) }, file) {
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

/// What the fuzz targets do with what they read, for the replays.
enum ReplayExercise {
    /// The CSV target's small valid archive (Fuzz/Sources/FuzzCSV): the fuzzed input
    /// replaces one of its files.
    static let csvSeed: [String: [UInt8]] = [
        "sources.csv": Array("id,kind\nT-1,testimony\n".utf8),
        "people.csv": Array(
            "id,name,hangul,born,protected,sources\nP-1,Kim Chol-su,김철수,1970?,,T-1\nP-2,Ri Yong-hui,,1972,true,T-1\n".utf8),
        "ties.csv": Array("from,to,kind,sources\nP-1,P-2,spouse,T-1\n".utf8),
        "events.csv": Array(
            "id,person,kind,date,sources\nE-1,P-1,defection,2013-04,T-1\nE-2,P-2,detention,2013-05~,T-1\n".utf8),
        "links.csv": Array("cause,effect,kind,sources\nE-1,E-2,guilt-by-association,T-1\n".utf8),
        "archive.csv": Array("format,title\nkingraph-archive/1,Fuzz\n".utf8),
    ]

    /// An import without error notes must give an archive that validates (what
    /// `kingraph import` writes); notes must say something.
    static func imported(_ result: ExchangeImport, _ file: URL) {
        for note in result.notes { #expect(!note.message.isEmpty, "\(file.lastPathComponent)") }
        guard !result.hasErrors else { return }
        let errors = ArchiveValidator.validate(result.archive).filter(\.isError)
        #expect(errors.isEmpty, "\(file.lastPathComponent): the import does not validate: \(errors.prefix(3))")
        if errors.isEmpty { archive(result.archive) }
    }

    /// Builds the graph of a valid archive and asks each kind of question once.
    static func archive(_ archive: Archive) {
        guard let graph = try? ArchiveGraph(archive) else {
            Issue.record("a valid archive did not index")
            return
        }
        _ = Redactor(archive).redact(archive)
        guard graph.personCount > 0 else { return }
        var scratch = GraphScratch()
        let first: Int32 = 0, last = Int32(graph.personCount - 1)
        _ = graph.stats()
        _ = graph.becauseOf(person: first, scratch: &scratch)
        _ = try? graph.implicated(person: first, depth: 3, scratch: &scratch)
        _ = graph.path(from: first, to: last, scratch: &scratch)
        _ = try? graph.neighbors(person: last, depth: 2, scratch: &scratch)
        _ = graph.timeline(person: last, scratch: &scratch)
        _ = graph.find(graph.person(last).name)
    }
}
