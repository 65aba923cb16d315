import Testing

@testable import KinGraphFormats

@Suite("GEDCOM dates to EDTF")
struct GEDCOMDateTests {
    @Test(
        "dates that map",
        arguments: [
            ("1950", "1950"), ("MAR 1950", "1950-03"), ("12 MAR 1950", "1950-03-12"), ("2 jan 1901", "1901-01-02"),
            ("ABT 1950", "1950~"), ("Abt. 1950", "1950~"), ("CAL 1950", "1950~"), ("EST MAR 1950", "1950-03~"),
            ("BEF 1950", "/1950"), ("AFT 12 MAR 1950", "1950-03-12/"), ("BET 1950 AND 1955", "1950/1955"),
            ("FROM 1950 TO MAY 1951", "1950/1951-05"), ("FROM 1950", "1950/"), ("TO 1950", "/1950"),
            ("INT 1950 (about the famine)", "1950?"), ("@#DGREGORIAN@ 1 JAN 1950", "1950-01-01"),
            ("GREGORIAN 1 JAN 1950", "1950-01-01"), ("@#DJULIAN@ 1 JAN 1700", "1700-01-11"),
            ("JULIAN 25 DEC 1600", "1601-01-04"), ("1699/00", "1700"), ("11 FEB 1731/32", "1732-02-11"),
            ("850", "0850"), ("14 February 1983", "1983-02-14"), ("1950-03-12", "1950-03-12"),
        ])
    func maps(gedcom: String, edtf: String) throws {
        #expect(try GEDCOMDate.edtf(gedcom).get() == edtf)
    }

    @Test(
        "dates that do not map, each with a reason",
        arguments: [
            ("(about the famine)", "phrase"), ("@#DHEBREW@ 1 TSH 5700", "calendar"), ("44 B.C.", "before the year 1"),
            ("30 FEB 1950", "exists"), ("BET 1960 AND 1950", "not a valid date"), ("SPRING 1950", "month"),
            ("BET 1950", "BET date AND date"), ("", "empty"),
        ])
    func refuses(gedcom: String, reason: String) {
        switch GEDCOMDate.edtf(gedcom) {
        case .success(let text): Issue.record("'\(gedcom)' mapped to \(text)")
        case .failure(let problem): #expect(problem.reason.contains(reason), "\(problem.reason)")
        }
    }
}
