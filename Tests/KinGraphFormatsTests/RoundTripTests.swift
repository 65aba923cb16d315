import Foundation
import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats

/// Writing and reading back: lossless, deterministic, atomic, careful with what exists.
@Suite struct RoundTripTests {
    @Test func jsonToCSVToJSONGivesTheSameArchive() throws {
        let folder = try ScratchFolder()
        let original = try ArchiveReader.load(from: Fixture.smallJSON).archive
        try ArchiveWriter.write(original, to: folder.path + "/csv")
        let viaCSV = try ArchiveReader.load(from: folder.path + "/csv").archive
        #expect(viaCSV == original)
        try ArchiveWriter.write(viaCSV, to: folder.path + "/back.json")
        let back = try ArchiveReader.load(from: folder.path + "/back.json").archive
        #expect(back == original)
        #expect(back == Fixture.small)
    }

    @Test func awkwardTextSurvivesBothForms() throws {
        let folder = try ScratchFolder()
        var archive = Fixture.small
        archive.title = "Quotes \" and, commas\r\nand CRLF"
        archive.people[0].name = "  Ri \"Song\"-mi, the elder  "
        archive.people[0].home = "line one\nline two\ttab \\ backslash \u{1}"
        archive.people[1].hangul = "박영호"
        archive.events[0].place = "=SUM(A1)"
        try ArchiveWriter.write(archive, to: folder.path + "/csv")
        #expect(try ArchiveReader.load(from: folder.path + "/csv").archive == archive)
        try ArchiveWriter.write(archive, to: folder.path + "/a.json")
        #expect(try ArchiveReader.load(from: folder.path + "/a.json").archive == archive)
    }

    @Test func writingIsDeterministic() throws {
        let archive = Fixture.small
        #expect(JSONArchiveWriter.bytes(archive) == JSONArchiveWriter.bytes(archive))
        let first = CSVFolderWriter.files(archive)
        let second = CSVFolderWriter.files(archive)
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.bytes) == second.map(\.bytes))
    }

    @Test func jsonIsPrettyPrintedInFieldOrder() throws {
        let archive = Archive(
            title: "T", sources: [Source(id: "T-1", kind: .testimony)],
            people: [Person(id: "P-1", name: "Han", isProtected: true, sources: ["T-1", "T-2"])])
        let text = String(decoding: JSONArchiveWriter.bytes(archive), as: UTF8.self)
        #expect(
            text == """
                {
                  "format": "kingraph-archive/1",
                  "title": "T",
                  "sources": [
                    {
                      "id": "T-1",
                      "kind": "testimony"
                    }
                  ],
                  "people": [
                    {
                      "id": "P-1",
                      "name": "Han",
                      "protected": true,
                      "sources": ["T-1", "T-2"]
                    }
                  ],
                  "ties": [],
                  "events": [],
                  "links": []
                }

                """)
    }

    @Test func csvHasBOMHeaderInFieldOrderAndCRLF() throws {
        let files = CSVFolderWriter.files(Fixture.small)
        #expect(files.map(\.name) == ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv", "archive.csv"])
        let people = try #require(files.first { $0.name == "people.csv" }).bytes
        #expect(Array(people.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: people.dropFirst(3), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "id,name,hangul,aliases,sex,born,home,status,protected,sources\r\n"
                    + "P-1,Ri Song-mi,리성미,Lee Sung-mi;Song-mi,F,1958?,\"Hyesan, Ryanggang\",defected,,T-001\r\n"))
    }

    @Test func refusesToOverwriteWithoutBeingAsked() throws {
        let folder = try ScratchFolder()
        let json = try folder.write("out.json", "{}")
        #expect {
            try ArchiveWriter.write(Fixture.small, to: json)
        } throws: { error in
            "\(error)" == "'\(json)' already exists (a file); choose another path, or pass --force to replace it"
        }
        #expect(try String(contentsOfFile: json, encoding: .utf8) == "{}")
        try ArchiveWriter.write(Fixture.small, to: json, overwrite: true)
        #expect(try ArchiveReader.load(from: json).archive == Fixture.small)

        try ArchiveWriter.write(Fixture.small, to: folder.path + "/csv")
        #expect {
            try ArchiveWriter.write(Fixture.small, to: folder.path + "/csv")
        } throws: { error in
            "\(error)".contains("(a folder holding sources.csv, people.csv, ties.csv, events.csv, links.csv, archive.csv)")
        }
    }

    @Test func anEmptyOrUnrelatedFolderIsFilled() throws {
        let folder = try ScratchFolder()
        try folder.write("out/notes.txt", "mine")
        try ArchiveWriter.write(Fixture.small, to: folder.path + "/out")
        #expect(try ArchiveReader.load(from: folder.path + "/out").archive == Fixture.small)
        #expect(try String(contentsOfFile: folder.path + "/out/notes.txt", encoding: .utf8) == "mine")
    }

    @Test func missingFoldersAreCreated() throws {
        let folder = try ScratchFolder()
        try ArchiveWriter.write(Fixture.small, to: folder.path + "/a/b/c")
        #expect(try ArchiveReader.load(from: folder.path + "/a/b/c").archive == Fixture.small)
    }

    @Test func refusesToWriteOntoTheInputEvenWhenForced() throws {
        let folder = try ScratchFolder()
        let json = try folder.write("in.json", "{}")
        let sameFile = folder.path + "/./sub/../in.json"
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        #expect {
            try ArchiveWriter.write(Fixture.small, to: sameFile, overwrite: true, input: json)
        } throws: { error in
            guard let error = error as? ArchiveWriteError, case .ontoInput = error else { return false }
            return true
        }
        #expect(try String(contentsOfFile: json, encoding: .utf8) == "{}")
        let csv = try folder.csvFolder("in-csv")
        #expect(throws: ArchiveWriteError.self) {
            try ArchiveWriter.write(Fixture.small, to: csv + "/", overwrite: true, input: csv)
        }
    }

    @Test func leavesNoTemporaryFiles() throws {
        let folder = try ScratchFolder()
        try ArchiveWriter.write(Fixture.small, to: folder.path + "/a.json")
        try ArchiveWriter.write(Fixture.small, to: folder.path + "/a.json", overwrite: true)
        try ArchiveWriter.write(Fixture.small, to: folder.path + "/csv")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.json", "csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/csv").count == 6)
    }

    @Test func listItemsWithSemicolonsCannotBeCSV() throws {
        let folder = try ScratchFolder()
        var archive = Fixture.small
        archive.people[1].aliases = ["Pak; the younger"]
        #expect {
            try ArchiveWriter.write(archive, to: folder.path + "/csv")
        } throws: { error in
            "\(error)".contains("people[1].aliases (P-2): 'Pak; the younger' contains ';'")
        }
        #expect(FileManager.default.fileExists(atPath: folder.path + "/csv") == false)
    }

    @Test func unsupportedOutputs() throws {
        let folder = try ScratchFolder()
        for (path, words) in [
            (folder.path + "/a.sqlite", "a SQLite archive is written by KinGraphStore"),
            (folder.path + "/people.csv", "give the folder, not one file"),
        ] {
            #expect {
                try ArchiveWriter.write(Fixture.small, to: path)
            } throws: { error in
                "\(error)".contains(words)
            }
        }
    }
}
