import Testing

@testable import KinGraphCore

@Suite struct IDTableTests {
    @Test(arguments: [
        ["P-0001", "P-0002", "P-0003"],  // numbered, fixed width
        ["P-9", "P-10", "P-11"],  // numbered, growing width
        ["E-0", "E-1", "E-2"],  // from zero
        ["P-3", "P-1", "P-2"],  // out of order: hashed
        ["Kim", "Ri", "Pak", "T-017"],  // no numbers: hashed
        ["P-1", "P-02", "P-3"],  // mixed padding: hashed
    ])
    func everyIDFindsItsPosition(ids: [String]) {
        let table = IDTable(ids)
        for (i, id) in ids.enumerated() { #expect(table[id] == Int32(i), "\(id)") }
    }

    @Test(arguments: ["P-4", "P-0", "P-00001", "P-001", "P-1x", "Q-0001", "P-", "", "P-0004", "p-0001", "P-１"])
    func lookalikesAreNotFound(id: String) {
        let fixed = IDTable(["P-0001", "P-0002", "P-0003"])
        #expect(fixed[id] == nil)
        let growing = IDTable(["P-1", "P-2", "P-3"])
        if !["P-1", "P-2", "P-3"].contains(id) { #expect(growing[id] == nil) }
    }

    @Test func growingWidthRejectsLeadingZeros() {
        let table = IDTable(["P-8", "P-9", "P-10"])
        #expect(table["P-10"] == 2 && table["P-010"] == nil && table["P-08"] == nil)
    }

    @Test func duplicatesAreReportedAndKeepTheFirst() {
        var repeated: [String] = []
        let table = IDTable(["A", "B", "A", "C", "B"]) { repeated.append($0) }
        #expect(repeated == ["A", "B"] && table["A"] == 0 && table["B"] == 1 && table["C"] == 3 && table["D"] == nil)
    }

    @Test func emptyTable() {
        #expect(IDTable([String]())["P-1"] == nil)
    }
}
