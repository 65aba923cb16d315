import KinGraphCore
import KinGraphTestSupport
import Testing

@testable import KinGraphFormats
@testable import KinGraphStore

/// What the stores' readers share between records (`SharedLists`, `SharedTexts`,
/// `RecentCache`): whatever is shared, each record reads exactly what its row holds.
@Suite struct SharedValuesTests {
    /// List texts of every shape, repeated and interleaved, read as `ListText.decode`
    /// reads each alone: one-item lists with and without numbers,
    /// escapes, spaces, several items, an empty list and texts that are no list.
    @Test func sharedListsReadEveryTextAsListTextDoes() {
        let texts = [
            #"["T-000001"]"#, #"["D-000001"]"#, #"["T-000001","D-000002"]"#, #"[]"#, #"[""]"#, #"["a\"b"]"#,
            #"[ "T-000001" ]"#, #"["T-1"]"#, #"["T-1""#, "not a list", #"["한글 증언"]"#, #"["T-000001", "R-7"]"#,
            #"["Kim"]"#, #"["x,y"]"#, #"["T-99999999"]"#, #"["a\\b"]"#, #"["D-000002","T-000001"]"#,
        ]
        let expected = texts.map { text in withBytes(text) { ListText.decode($0) } }
        #expect(expected[0] == ["T-000001"] && expected[5] == ["a\"b"] && expected[9] == nil)
        let knownItems = ["T-000001", "D-000002", "R-7", "Kim", "x,y"]
        for known in [nil, IDTable(.strings(knownItems))] {
            var lists = SharedLists(known: known)
            for round in 0..<3 {
                for (text, want) in zip(texts, expected) + zip(texts, expected).reversed() {
                    let got = withBytes(text) { bytes in lists.value(for: bytes) { ListText.decode($0) } }
                    #expect(got?.list.array == want, "round \(round): \(text)")
                    // Known: a list of one or more items, every one a known source id.
                    let isKnown = known != nil && want.map { !$0.isEmpty && $0.allSatisfy(knownItems.contains) } == true
                    #expect(got?.isKnown ?? false == isKnown, "\(text)")
                }
            }
        }
    }

    @Test func aRecentCacheGivesWhatMakeGivesEvenWhenEveryKeyTakesTheSameSlot() {
        var cache = RecentCache<String>(slots: 1)
        var made = 0
        let keys = ["Hamhung, South Hamgyong", "Hyesan, Ryanggang", "Hamhung, South Hamgyong", "", "Hyesan, Ryanggang"]
        for key in keys + keys {
            let value = withBytes(key) { bytes in
                cache.value(for: bytes) { made += 1; return "<" + String(decoding: $0, as: UTF8.self) + ">" }
            }
            #expect(value == "<\(key)>")
        }
        #expect(made == 10)
        var wide = RecentCache<String>(slots: 64)
        made = 0
        for key in keys + keys {
            _ = withBytes(key) { bytes in wide.value(for: bytes) { made += 1; return String(decoding: $0, as: UTF8.self) } }
        }
        #expect(made == 3)
    }

    /// Keys up to `keyCapacity` bytes are kept, longer ones made every time; keys that
    /// share a slot, a length or a beginning are never taken for one another.
    @Test func aRecentCacheKeepsKeysUpToItsCapacityAndTellsThemApart() {
        let capacity = RecentCache<String>.keyCapacity
        let full = String(repeating: "가", count: capacity / 3) + String(repeating: "x", count: capacity % 3)
        let keys = [full, full + "y", String(full.dropLast()) + "z", "T-1;T-2", "T-1;T-3", "T-2;T-1", "a", "b", ""]
        #expect(full.utf8.count == capacity)
        for slots in [1, 2, 4096] {
            var cache = RecentCache<String>(slots: slots)
            var made: [String: Int] = [:]
            for key in keys + keys + keys.reversed() {
                let value = withBytes(key) { bytes in
                    cache.value(for: bytes) { made[key, default: 0] += 1; return "<" + String(decoding: $0, as: UTF8.self) + ">" }
                }
                #expect(value == "<\(key)>", "\(slots) slots")
            }
            if slots == 4096 {
                // Nine keys in 4,096 slots: none shares one, so only the long key is made again.
                #expect(made[full + "y"] == 3 && made.filter { $0.value == 1 }.count == keys.count - 1, "\(made)")
            }
        }
    }

    @Test func sharedTextsReadAsWritten() {
        var texts = SharedTexts()
        let values = ["Onsong, North Hamgyong", "Onsong", "Chongjin, North Hamgyong", "국가보위성 구류장 (Onsong)", "a"]
        for _ in 0..<3 {
            for value in values {
                #expect(withBytes(value) { texts.text($0) } == value)
            }
        }
    }
}
