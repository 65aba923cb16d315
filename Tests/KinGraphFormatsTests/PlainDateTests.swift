import KinGraphCore
import Testing

@testable import KinGraphFormats

/// The fast path for plain dates gives exactly what `FuzzyDate(parsing:)` gives, and
/// leaves everything else to it.
@Suite struct PlainDateTests {
    func fast(_ text: String) -> FuzzyDate? {
        var text = text
        return text.withUTF8 { PlainDate.parse(UnsafeRawBufferPointer($0)) }
    }

    @Test(arguments: [
        "1956", "1956-09", "1956-09-12", "2013-04~", "2014?", "2000-02-29", "1900-02", "2024-02", "0001-01-01",
        "9999-12-31", "2013-04?~", "2013%", "2013-04-05~?%", "1999-12~~",
    ])
    func plainFormsMatchTheParser(text: String) throws {
        let parsed = try FuzzyDate(parsing: text)
        let quick = try #require(fast(text))
        #expect(quick == parsed)
        #expect(quick.earliest == parsed.earliest && quick.latest == parsed.latest && quick.text == parsed.text)
        #expect(quick.isUncertain == parsed.isUncertain && quick.isApproximate == parsed.isApproximate)
    }

    @Test(arguments: [
        "0000", "1900-02-29", "2013-13", "2013-00", "2013-04-31", "2013-4", "13-04-01", "2013/2014", "/2011", "2015/",
        "2013-04-01/2013-05", "2013-04-1", "2013_04", "abcd", "", "?", "2013-04-01x", "２０１３", "2013-04-00",
    ])
    func otherFormsAreLeftToTheParser(text: String) {
        #expect(fast(text) == nil)
    }
}
