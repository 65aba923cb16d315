import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

@Suite("Exchange round trips")
struct ExchangeRoundTripTests {
    let archive = ExchangeFixtures.archive

    @Test("GraphML written by KinGraph reads back as the same archive")
    func graphML() throws {
        let xml = GraphMLExporter().export(archive)
        let result = try GraphMLImporter().read(Data(xml.utf8), fileName: "a.graphml")
        #expect(result.notes.isEmpty, "\(result.notes)")
        #expect(result.archive == archive)
    }

    @Test("FtM lines written by KinGraph read back as the same archive")
    func ftm() throws {
        let lines = FtMExporter().export(archive)
        let result = try FtMImporter().read(Data(lines.utf8), fileName: "a.ftm.json")
        #expect(result.notes.isEmpty, "\(result.notes)")
        var expected = archive
        // FtM keeps a place on one line.
        expected.people[3].home = "Musan, North Hamgyong"
        #expect(result.archive.sources == expected.sources)
        #expect(result.archive.people == expected.people)
        #expect(result.archive.ties == expected.ties)
        #expect(result.archive.events == expected.events)
        #expect(result.archive.links == expected.links)
    }

    @Test("every export is byte-identical across runs", arguments: ["graphml", "gexf", "ftm"])
    func deterministic(format: String) {
        func run() -> String {
            switch format {
            case "graphml": return GraphMLExporter().export(archive)
            case "gexf": return GEXFExporter().export(archive)
            default: return FtMExporter().export(archive)
            }
        }
        #expect(run() == run())
    }

    @Test("a GEDCOM import exported to GraphML and read back is unchanged")
    func gedcomThroughGraphML() throws {
        let imported = try GEDCOMImporter().read(ExchangeFixtures.data("gramps.ged"), fileName: "gramps.ged").archive
        let back = try GraphMLImporter().read(Data(GraphMLExporter().export(imported).utf8), fileName: "x").archive
        #expect(back == imported)
    }

    @Test("GraphML over 10 MB reads back (libxml2 refuses that much in one piece)")
    func largeGraphML() throws {
        var archive = Archive(title: "large", sources: [Source(id: "S", kind: .report)])
        let alias = String(repeating: "Long alias text ", count: 100)
        for i in 0..<6000 {
            archive.people.append(Person(id: "P-\(i)", name: "Person \(i)", aliases: [alias + "\(i)"], sources: ["S"]))
        }
        let xml = GraphMLExporter().export(archive)
        #expect(xml.utf8.count > 10_000_000)
        let back = try GraphMLImporter().read(Data(xml.utf8), fileName: "large.graphml")
        #expect(back.archive == archive)
    }
}
