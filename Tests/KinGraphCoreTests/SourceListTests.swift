import KinGraphCore
import Testing

/// `SourceList` holds one id inline and longer lists as an array; whichever way a
/// list was made or changed, it equals, hashes and reads as the array of its items.
@Suite struct SourceListTests {
    @Test func listsMadeAnyWayAreTheirItems() {
        let shapes: [[String]] = [[], ["T-1"], ["T-1", "T-2"], ["T-1", "T-1"], ["한글 증언 1", "D-000002", "T-1"]]
        for items in shapes {
            let made = [SourceList(items), SourceList(items[...]), items.count == 1 ? SourceList(one: items[0]) : SourceList(items)]
            for list in made {
                #expect(list.array == items)
                #expect(Array(list) == items)
                #expect(list.count == items.count && list.isEmpty == items.isEmpty)
                #expect(list == made[0] && list.hashValue == made[0].hashValue)
                #expect(list.description == items.description)
            }
        }
        #expect(SourceList(["T-1"]) == ["T-1"] && SourceList(one: "T-1") != ["T-1", "T-1"])
    }

    @Test func changedListsEqualListsMadeWithTheSameItems() {
        var list: SourceList = ["T-1"]
        list.append("T-2")
        #expect(list == ["T-1", "T-2"])
        list.removeAll { $0 == "T-1" }
        #expect(list == SourceList(one: "T-2") && list.hashValue == SourceList(one: "T-2").hashValue)
        list.removeAll()
        #expect(list == [] && list.isEmpty)
        list += ["T-3", "T-3", "T-4"]
        #expect(list.array == ["T-3", "T-3", "T-4"])
    }

    /// Confidence from sources counts different ids, whatever the list's form.
    @Test func differentSourcesMakeARecordCorroborated() {
        let cases: [([String], Confidence)] = [
            ([], .singleSource), (["T-1"], .singleSource), (["T-1", "T-1"], .singleSource),
            (["T-1", "T-2"], .corroborated), (["T-1", "T-1", "T-2"], .corroborated),
        ]
        for (items, expected) in cases {
            #expect(Confidence.effective(nil, sources: SourceList(items)) == expected, "\(items)")
            #expect(Confidence.effective(nil, sources: items) == expected, "\(items)")
            #expect(Confidence.effective(.hearsay, sources: SourceList(items)) == .hearsay)
        }
    }
}
