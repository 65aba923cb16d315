import Foundation
import KinGraphTestSupport
import Testing

@testable import KinGraphReport

/// The PDF converter: headless Chromium (installed by `make setup`), read back with
/// poppler's `pdftotext`.
@Suite struct ChromiumPDFTests {
    static let html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><style>\(DossierStyle.css)</style></head>
        <body><h1>Kim Chol-su</h1><p lang="ko">김철수의 가족</p><ol class="chain"><li><span class="n">1.</span> 2013-04: escaped.<sup>[1]</sup></li></ol></body></html>
        """

    @Test func theSamePageGivesTheSameBytes() throws {
        let converter = ChromiumPDF()
        #expect(converter.binary != nil, "Chromium is missing: run make setup")
        let first = try converter.convert(Self.html, date: "2026-12-02")
        let second = try converter.convert(Self.html, date: "2026-12-02")
        #expect(first.starts(with: Array("%PDF-".utf8)))
        #expect(first == second, "two conversions of one page differ")
        let text = try Self.pdftotext(first)
        #expect(text.contains("Kim Chol-su"))
        #expect(text.contains("김철수의 가족"), "the Korean line did not come back: \(text)")
        #expect(text.contains("1. 2013-04: escaped.[1]"))
    }

    @Test func aMissingConverterIsNamed() {
        do {
            _ = try ChromiumPDF(binary: "/nonexistent/chromium").convert(Self.html, date: "2026-12-02")
            Issue.record("a missing binary made a PDF")
        } catch {
            #expect(error.description.contains("/nonexistent/chromium"))
        }
    }

    static func pdftotext(_ pdf: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kingraph-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        return try ChildProcess.run("/usr/bin/pdftotext", [file.path, "-"]).stdout
    }
}
