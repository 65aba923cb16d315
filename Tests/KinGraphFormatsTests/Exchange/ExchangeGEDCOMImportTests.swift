import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

@Suite("GEDCOM import of files as genealogy programs write them")
struct GEDCOMImportTests {
    func read(_ name: String) throws -> ExchangeImport {
        try GEDCOMImporter().read(ExchangeFixtures.data(name), fileName: name)
    }

    func person(_ result: ExchangeImport, _ id: String) -> Person? {
        result.archive.people.first { $0.id == id }
    }

    func hasTie(_ r: ExchangeImport, _ from: String, _ to: String, _ kind: TieKind) -> Bool {
        r.archive.ties.contains { $0.kind == kind && (($0.from == from && $0.to == to) || (kind.isSymmetric && $0.from == to && $0.to == from)) }
    }

    @Test("Gramps 5.1: names, Hangul, romanisation, dates, RESN, CONC/CONT, citations")
    func gramps() throws {
        let r = try read("gramps.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        #expect(r.archive.people.count == 5)
        let kim = try #require(person(r, "I0000"))
        #expect(kim.name == "Chol-su Kim")
        #expect(kim.hangul == "김철수")
        #expect(kim.aliases == ["Cheol-su Gim"])
        #expect(kim.sex == .male)
        #expect(kim.born?.text == "1961~")
        #expect(kim.home == "Hyesan, Ryanggang")
        #expect(kim.sources == ["S0000"])
        #expect(person(r, "I0001")?.born?.text == "1963/1965")
        #expect(person(r, "I0002")?.isProtected == true)
        #expect(person(r, "I0002")?.born?.text == "1988-04-12")
        #expect(person(r, "I0003")?.born?.text == "1990/")
        #expect(r.archive.ties.count == 6)
        #expect(hasTie(r, "I0000", "I0001", .spouse))
        #expect(hasTie(r, "I0000", "I0002", .parent))
        #expect(hasTie(r, "I0001", "I0003", .parent))
        #expect(hasTie(r, "I0003", "I0004", .friend))
        let family = try #require(r.archive.ties.first { $0.kind == .spouse })
        #expect(family.sources == ["S0000"])
        let source = try #require(r.archive.sources.first { $0.id == "S0000" })
        #expect(source.title == "Interview with a relative, Seoul (transcript)")
        #expect(source.date?.text == "2019")
        #expect(source.kind == .document)
        // People without citations rest on the synthesised source for the file.
        #expect(person(r, "I0004")?.sources == ["IMPORT-1"])
        #expect(r.archive.sources.contains { $0.id == "IMPORT-1" && $0.title == "gramps.ged" })
        #expect(r.notes.contains { $0.message.contains("IMPORT-1") })
        // Unmapped tags are listed with their first line.
        #expect(r.notes.contains { $0.line == 44 && $0.message.contains("INDI DEAT") })
        #expect(r.notes.contains { $0.message.contains("INDI NOTE") })
    }

    @Test("RootsMagic 8: UTF-8 with BOM, CRLF, _UID/RIN, citations with PAGE, RESN privacy, single parent")
    func rootsMagic() throws {
        let r = try read("rootsmagic.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        #expect(r.archive.people.map(\.id) == ["I1", "I2", "I3", "I4"])
        #expect(person(r, "I1")?.name == "Hye-jin Choe")
        #expect(person(r, "I1")?.isProtected == true)
        #expect(person(r, "I1")?.sources == ["S1"])
        #expect(person(r, "I2")?.born?.text == "1970~")
        #expect(person(r, "I4")?.born?.text == "/1950")
        #expect(hasTie(r, "I4", "I1", .parent))
        #expect(hasTie(r, "I2", "I1", .spouse))
        #expect(r.archive.ties.count == 4)
        #expect(r.archive.sources.first?.title == "Field interviews, 2021")
        #expect(r.notes.contains { $0.message.contains("INDI _UID") })
    }

    @Test("Family Tree Maker 16: CHAR ANSEL diacritics, Abt., FROM…TO, Julian calendar")
    func familyTreeMakerANSEL() throws {
        let r = try read("ftm-ansel.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        #expect(person(r, "I1")?.name == "Renée Müller")
        #expect(person(r, "I2")?.name == "François Łukasz")
        #expect(person(r, "I3")?.name == "Zoë Große")
        #expect(person(r, "I1")?.born?.text == "1910~")
        #expect(person(r, "I2")?.born?.text == "1905/1906")
        // 1 January 1700 in the Julian calendar is 11 January 1700 in the Gregorian.
        #expect(person(r, "I3")?.born?.text == "1700-01-11")
    }

    @Test("Legacy 9: CHAR ANSI read as Windows-1252, mixed-case month names")
    func legacyANSI() throws {
        let r = try read("legacy-ansi.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        #expect(person(r, "I1")?.name == "José Peña")
        #expect(person(r, "I1")?.born?.text == "1940-03-03")
        #expect(person(r, "I2")?.born?.text == "1942-03")
        #expect(hasTie(r, "I1", "I2", .spouse))
    }

    @Test("Ancestry: header CHAR first, lowercase abt, spelled-out Between … and, full month names")
    func ancestry() throws {
        let r = try read("ancestry.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        #expect(r.archive.people.count == 4)
        #expect(person(r, "P1")?.born?.text == "1955~")
        #expect(person(r, "P1")?.home == "Seoul, South Korea")
        #expect(person(r, "P2")?.born?.text == "1956/1958")
        #expect(person(r, "P4")?.born?.text == "1983-02-14")
        #expect(r.archive.ties.count == 5)
        #expect(r.notes.contains { $0.message.contains("record REPO") })
    }

    @Test("GEDCOM 7.0: no CHAR, TRAN romanisation, RESN list, ASSO ROLE, sex X, @VOID@")
    func gedcom7() throws {
        let r = try read("gedcom7.ged")
        #expect(!r.hasErrors, "\(r.notes)")
        let kang = try #require(person(r, "I1"))
        #expect(kang.name == "Kang Yong-ho")
        #expect(kang.hangul == "강영호")
        #expect(kang.isProtected)
        #expect(kang.born?.text == "1958/1960")
        #expect(person(r, "I3")?.sex == .other)
        #expect(hasTie(r, "I1", "I3", .friend))
        #expect(hasTie(r, "I1", "I2", .spouse))
        #expect(r.archive.ties.count == 2)
    }

    @Test(
        "every program's file imports into an archive that validates",
        arguments: ["gramps.ged", "rootsmagic.ged", "ftm-ansel.ged", "legacy-ansi.ged", "ancestry.ged", "gedcom7.ged", "cycle.ged", "missing-pointer.ged"])
    func validates(name: String) throws {
        let r = try read(name)
        let problems = ArchiveValidator.validate(r.archive)
        #expect(problems.isEmpty, "\(problems)")
        #expect(!r.archive.people.isEmpty)
    }

    @Test("GEDCOM lines: indentation, @@ escapes, pointers, @VOID@")
    func lines() throws {
        let line = try GEDCOMLine.parse("   2  NOTE mail me at kim@@example.org").get()
        #expect(line == GEDCOMLine(level: 2, xref: nil, tag: "NOTE", value: "mail me at kim@example.org"))
        let record = try GEDCOMLine.parse("0 @I12@ INDI").get()
        #expect(record.xref == "I12")
        #expect("@F3@".gedcomPointer == "F3")
        #expect("@VOID@".gedcomPointer == nil)
        #expect("a@b".gedcomPointer == nil)
        #expect((try? GEDCOMLine.parse("x NAME y").get()) == nil)
        #expect((try? GEDCOMLine.parse("100 NAME y").get()) == nil)
    }
}
