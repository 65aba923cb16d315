import KinGraphTestSupport
import Testing

@testable import KinGraphCore

@Suite struct KinshipTests {
    @Test(arguments: [
        ([KinStep.parent], Sex.female, "mother"),
        ([.parent], nil, "parent"),
        ([.child], .male, "son"),
        ([.sibling], .other, "sibling"),
        ([.spouse], .male, "husband"),
        ([.parent, .parent], .female, "grandmother"),
        ([.child, .child], .male, "grandson"),
        ([.parent, .parent, .parent], nil, "great-grandparent"),
        ([.parent, .sibling], .male, "uncle"),
        ([.parent, .parent, .child], .female, "aunt"),
        ([.parent, .sibling], nil, "parent's sibling"),
        ([.sibling, .child], .female, "niece"),
        ([.parent, .child, .child], .male, "nephew"),
        ([.parent, .sibling, .child], nil, "cousin"),
        ([.parent, .parent, .child, .child], .male, "cousin"),
        ([.spouse, .parent], .female, "mother-in-law"),
        ([.spouse, .sibling], .male, "brother-in-law"),
        ([.sibling, .spouse], .female, "sister-in-law"),
        ([.child, .spouse], .male, "son-in-law"),
        ([.child, .spouse], .female, "daughter-in-law"),
        ([.parent, .spouse], .female, "parent's spouse"),
        ([.parent, .sibling, .spouse], .female, "aunt"),
        ([.sibling, .child, .child], .male, "grandnephew"),
        ([.spouse, .child], .male, "spouse's child"),
        ([.sibling, .parent], .female, "mother"),
        ([.parent, .child], .female, "sister"),
        ([.parent, .spouse, .sibling], .male, "parent's spouse's sibling"),
        ([.relative], .female, "relative"),
        ([.child, .parent], .female, "child's parent"),
    ] as [([KinStep], Sex?, String)])
    func words(steps: [KinStep], sex: Sex?, word: String) {
        #expect(Kinship.term(steps, sex: sex) == word)
    }

    /// A married their cousin B: B's father is A's uncle and also A's father-in-law.
    @Test func inLawsWhoAreAlsoCousins() throws {
        var b = ArchiveBuilder()
        b.person("P-A", "Kim Chol", .male)
        b.person("P-B", "Kim Sun", .female)
        b.person("P-C", "Kim Ho", .male)  // B's brother
        b.person("P-F", "Kim Il", .male)  // A's father
        b.person("P-U", "Kim Man", .male)  // F's brother, B's and C's father
        b.tie("P-F", .parent, "P-A")
        b.tie("P-F", .sibling, "P-U")
        b.tie("P-U", .parent, "P-B")
        b.tie("P-U", .parent, "P-C")
        b.tie("P-A", .spouse, "P-B")
        b.tie("P-B", .sibling, "P-C")
        let graph = try b.graph()
        var scratch = GraphScratch()
        let paths = graph.kinPaths(from: 0, depth: 3, minLevel: 0, scratch: &scratch)
        let words = Dictionary(uniqueKeysWithValues: paths.map {
            (graph.person($0.person).id, "\($0.distance) " + Kinship.term($0.steps, sex: graph.person($0.person).sex))
        })
        #expect(words == [
            "P-B": "1 wife",  // not cousin: the spouse tie is shorter
            "P-C": "2 brother-in-law",  // spouse's sibling beats parent's sibling's child
            "P-F": "1 father",
            "P-U": "2 uncle",  // parent's sibling and spouse's parent are equally short: blood first
        ])
    }
}
