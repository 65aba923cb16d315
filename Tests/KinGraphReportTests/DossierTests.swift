import Foundation
import KinGraphCore
import KinGraphRender
import Testing

@testable import KinGraphReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small fictional family: Pak Yong-myong's escape led to his wife's interrogation
/// and arrest and to the detention of their protected son.
enum Family {
    static func date(_ text: String) -> FuzzyDate? { try? FuzzyDate(parsing: text) }

    static let archive = Archive(
        title: "Dossier test",
        sources: [
            Source(id: "T-1", kind: .testimony, date: date("2019-05"), title: "Interview with a neighbour"),
            Source(id: "R-1", kind: .report, date: date("2020"), title: "NGO annual report"),
        ],
        people: [
            Person(id: "P-1", name: "Pak Yong-myong", hangul: "박영명", sex: .male, status: .defected, sources: ["T-1"]),
            Person(id: "P-2", name: "Kang Chun-hyang", hangul: "강춘향", sex: .female, status: .detained, sources: ["T-1"]),
            Person(
                id: "P-3", name: "Pak Zorvik-su", hangul: "박퀭수", sex: .male, born: date("1999-04-01"),
                home: "Zorvikdong", status: .disappeared, isProtected: true, sources: ["R-1"]),
        ],
        ties: [
            Tie(from: "P-1", to: "P-2", kind: .spouse, sources: ["T-1"]),
            Tie(from: "P-1", to: "P-3", kind: .parent, sources: ["T-1"]),
        ],
        events: [
            Event(id: "E-1", person: "P-1", kind: .defection, date: date("2013-09-14"), place: "Hyesan", country: "KP", caseID: "C-1", sources: ["T-1"]),
            Event(id: "E-2", person: "P-2", kind: .interrogation, date: date("2013-09-20"), place: "Hyesan", country: "KP", agency: "MSS", caseID: "C-1", sources: ["T-1"]),
            Event(id: "E-3", person: "P-2", kind: .arrest, date: date("2013-10-02"), place: "Hyesan", country: "KP", agency: "MSS", caseID: "C-1", sources: ["T-1", "R-1"]),
            Event(id: "E-4", person: "P-3", kind: .disappearance, date: date("2014~"), place: "Zorvik camp", country: "KP", agency: "MSS", caseID: "C-2", sources: ["R-1"]),
        ],
        links: [
            Link(cause: "E-1", effect: "E-2", kind: .guiltByAssociation, sources: ["R-1"]),
            Link(cause: "E-2", effect: "E-3", kind: .ledTo, sources: ["T-1"]),
            Link(cause: "E-1", effect: "E-4", kind: .guiltByAssociation, sources: ["R-1"]),
        ])

    /// The dossier builder on the archive as published (redacted unless `reveal`).
    static func builder(reveal: Bool = false, maxPeople: Int = 300) throws -> DossierBuilder {
        let shown = reveal ? archive : Redactor(archive).redact(archive)
        let graph = try ArchiveGraph(shown)
        return DossierBuilder(graph: graph, revealed: reveal, date: "2026-12-02", maxPeople: maxPeople)
    }
}

@Suite struct DossierTests {
    @Test func chainStepsAreToldInOrderWithTheirSources() throws {
        let dossier = try Family.builder().build(.person("P-1"))
        #expect(dossier.sections.map(\.person.id).first == "P-1")
        let wife = try #require(dossier.sections.first { $0.person.id == "P-2" })
        let steps = try #require(wife.chains.first)
        #expect(wife.chains.count == 1, "the interrogation's chain continues into the arrest's")
        #expect(steps.map(\.text) == [
            "2013-09-14: Pak Yong-myong escaped the country in Hyesan.",
            "2013-09-20, six days later: Kang Chun-hyang, his wife, was interrogated by the MSS in Hyesan, as guilt by association for step 1.",
            "2013-10-02, twelve days later: Kang Chun-hyang, his wife, was arrested by the MSS in Hyesan, following step 2.",
        ])
        #expect(steps.map(\.sources) == [["T-1"], ["T-1", "R-1"], ["T-1", "R-1"]])
        #expect(steps.map(\.number) == [1, 2, 3])
    }

    @Test func theHTMLIsWellFormedAndFootnotesEveryStep() throws {
        let dossier = try Family.builder().build(.caseID("C-1"))
        let html = DossierHTML().write(dossier)
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: Data(html.utf8), options: [])
            let steps = try document.nodes(forXPath: "//ol[@class='chain']/li")
            let notes = try document.nodes(forXPath: "//ol[@class='notes']/li")
            #expect(steps.count == 3)
            #expect(notes.count == steps.count)
            #expect(try document.nodes(forXPath: "//figure/*[local-name()='svg']").count == 4)
        #endif
        #expect(html.contains("[2] T-1, testimony, 2019-05: Interview with a neighbour; R-1, report, 2020: NGO annual report"))
        #expect(!html.contains("src=\"http"), "the file must not load anything")
        #expect(html.contains("<td lang=\"ko\">박영명</td>"))
    }

    @Test func protectedPeopleAppearByTheirDiagramPseudonym() throws {
        let dossier = try Family.builder().build(.all)
        let html = DossierHTML().write(dossier)
        let pseudonym = try #require(Redactor(Family.archive).pseudonym(for: "P-3"))
        #expect(html.contains(pseudonym))
        for secret in ["Zorvik", "퀭", "1999-04-01", "P-3"] {
            #expect(!html.contains(secret), "'\(secret)' is in the redacted dossier")
        }
        #expect(dossier.statistics?.punished == 2)
        let revealed = DossierHTML().write(try Family.builder(reveal: true).build(.all))
        #expect(revealed.contains("Pak Zorvik-su") && revealed.contains("NOT REDACTED"))
    }

    @Test func scopesChooseTheirPeople() throws {
        let builder = try Family.builder()
        #expect(try builder.people(in: .caseID("C-1")).ids == ["P-1", "P-2"])
        #expect(try builder.people(in: .all).ids.count == 2)
        #expect(throws: ReportError.self) { try builder.people(in: .caseID("C-9")) }
        #expect(throws: ReportError.self) { try builder.people(in: .person("P-9")) }
        do {
            _ = try builder.people(in: .caseID("C-9"))
        } catch {
            #expect(error.description.contains("C-1, C-2"))
        }
    }

    @Test func aDossierTooLargeToReadIsRefusedBeforeAnyDrawing() throws {
        let builder = try Family.builder(maxPeople: 1)
        do {
            _ = try builder.build(.all)
            Issue.record("a 2-section dossier passed a limit of 1")
        } catch {
            #expect(error.description.contains("--case"))
        }
    }

    @Test func pdfDatesAreSetWithoutMovingAByte() {
        let pdf = Array("<</CreationDate (D:20261201123456+00'00') /ModDate (D:20261201123456+00'00')>>".utf8)
        let fixed = PDFDates.fixed(pdf, date: "2024-03-05")
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self) == "<</CreationDate (D:20240305000000+00'00') /ModDate (D:20240305000000+00'00')>>")
    }

    @Test func barsAreProportionalToTheirCounts() {
        let svg = BarChart(title: "Why", rows: [("a", 10), ("b", 5), ("c", 0)]).svg()
        #expect(svg.contains("width=\"300\" height=\"16\""))
        #expect(svg.contains("width=\"150\" height=\"16\""))
        #expect(svg.contains("width=\"0\" height=\"16\""))
    }
}
