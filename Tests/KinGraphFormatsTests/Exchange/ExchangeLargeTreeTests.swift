import Foundation
import KinGraphCore
import Testing

@testable import KinGraphFormats

@Suite("GEDCOM at scale: thousands of people, deep chains, no recursion")
struct LargeTreeTests {
    /// A Gramps-style file of `families` families, each two parents and three children,
    /// the first child of each family a parent in the next.
    static func tree(families: Int) -> Data {
        var s = "0 HEAD\n1 SOUR Gramps\n2 VERS 5.1.6\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
        s += "0 @S1@ SOUR\n1 TITL Survey\n"
        var person = 0
        var previousChild: Int?
        for f in 0..<families {
            let husband = previousChild ?? { person += 1; return person }()
            person += 1
            let wife = person
            var children: [Int] = []
            for _ in 0..<3 {
                person += 1
                children.append(person)
            }
            if previousChild == nil { s += "0 @I\(husband)@ INDI\n1 NAME Root /Kim/\n1 SEX M\n" }
            s += "0 @I\(wife)@ INDI\n1 NAME Wife\(f) /Pak/\n1 SEX F\n1 BIRT\n2 DATE ABT \(1000 + f % 900)\n"
            for c in children { s += "0 @I\(c)@ INDI\n1 NAME Child\(c) /Kim/\n1 SOUR @S1@\n" }
            s += "0 @F\(f)@ FAM\n1 HUSB @I\(husband)@\n1 WIFE @I\(wife)@\n"
            for c in children { s += "1 CHIL @I\(c)@\n" }
            previousChild = children[0]
        }
        s += "0 TRLR\n"
        return Data(s.utf8)
    }

    @Test("a file with 5 000 families imports completely")
    func thousands() throws {
        let families = 5000
        let r = try GEDCOMImporter().read(Self.tree(families: families), fileName: "big.ged")
        #expect(!r.hasErrors)
        #expect(r.archive.people.count == 1 + families * 4)
        // One spouse tie and six parent ties a family.
        #expect(r.archive.ties.count == families * 7)
        #expect(!r.notes.contains { $0.message.contains("own ancestor") })
    }

    @Test("a 100 000-generation pointer chain closing on itself: found, no stack overflow")
    func deepChain() throws {
        let n = 100_000
        var s = "0 HEAD\n1 CHAR UTF-8\n"
        for i in 0..<n { s += "0 @I\(i)@ INDI\n1 NAME P\(i)\n" }
        for i in 0..<n { s += "0 @F\(i)@ FAM\n1 HUSB @I\(i)@\n1 CHIL @I\((i + 1) % n)@\n" }
        s += "0 TRLR\n"
        let r = try GEDCOMImporter().read(Data(s.utf8), fileName: "chain.ged")
        let cycles = r.notes.filter { $0.message.contains("own ancestor") }
        #expect(cycles.count == 1)
        #expect(r.archive.ties.count == n - 1)
    }
}
