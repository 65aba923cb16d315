import KinGraphCore
import Testing

@testable import KinGraphMatch

/// Name comparison on hand-checked pairs: each spelling was worked out from the
/// hangul by hand in the Revised Romanization, McCune–Reischauer and the North's
/// usage.
@Suite struct NameComparisonTests {
    /// A one-name record, for comparing names alone.
    static func record(_ names: [String], _ cache: NameCache) -> MatchRecord {
        MatchRecord(
            names: names.map { PersonName($0, cache: cache) }, sex: nil, born: nil, home: nil, relatives: [],
            relativeNames: [], tied: [], events: [])
    }

    static func level(_ a: [String], _ b: [String]) -> Int {
        let cache = NameCache()
        return Comparison.nameLevel(record(a, cache), record(b, cache))
    }

    @Test(arguments: [
        ("Kim Chol-su", "Kim Cheol-soo"), ("Kim Chol-su", "김철수"), ("Kim Chol-su", "Kim Cholsu"),
        ("Kim Chol-su", "KIM CHUL SOO"), ("Kim Chol-su", "Gim Cheol-su"), ("Kim Chol-su", "Cheol-su Kim"),
        ("Ri Yong-hui", "Lee Young-hee"), ("Ri Yong-hui", "Yi Yeong-hui"), ("Ri Yong-hui", "Rhee Yong Hui"),
        ("리영희", "Ri Yong-hui"), ("이영희", "Lee Young-hee"), ("Pak Chol-jin", "Park Cheol-jin"),
        ("Pak Chol-jin", "Bak Cheoljin"), ("박철진", "Pak Chol-jin"), ("Choe Un-sil", "Choi Eun-sil"),
        ("최은실", "Choe Un-sil"), ("Jong Song-il", "Jung Seong-il"), ("Jong Song-il", "Chung Sung Il"),
        ("Rim Myong-ok", "Lim Myeong-ok"), ("Rim Myong-ok", "Im Myung-ok"), ("Kang Chun-hyang", "강춘향"),
        ("Han Bok-nam", "한복남"), ("Han Pong-nam", "한복남"), ("Han Pongnam", "Hahn Boknam"),
        ("Ryu Kyong-hui", "Yoo Kyung-hee"), ("O Hyok-chol", "Oh Hyeok-cheol"), ("Sin Dok-sun", "Shin Deok-soon"),
        ("Hwang Guk-chol", "황국철"), ("Kim Jong-un", "김정은"), ("Namgung Min", "남궁민"),
        ("So Yon-hui", "Seo Yeon-hee"), ("Yun Ung-il", "윤웅일"),
    ])
    func spellingsOfOneNameMatch(a: String, b: String) {
        #expect(Self.level([a], [b]) >= 2, "\(a) / \(b): level \(Self.level([a], [b]))")
    }

    @Test(arguments: [
        ("Kim Chol-su", "Kim Chol-ho"), ("Kim Chol-su", "Pak Chol-su"), ("Kim Chol-su", "Kim Sun-ok"),
        ("Ri Yong-hui", "Ri Yong-hun"), ("Ri Yong-hui", "Ra Yong-hui"), ("Choe Un-sil", "Cho Un-sil"),
        ("Jong Song-il", "Jang Song-il"), ("김철수", "김철호"), ("Pak Yong-myong", "Pak Myong-yong"),
        ("Kim Sun-ok", "Kim Sun-ae"), ("Kang Chun-hyang", "Kang Chun-hwa"), ("박영명", "박명영"),
        ("Han Bok-nam", "Han Bok-sun"), ("Kim Jong-un", "Kim Jong-il"), ("Kim Mi-na", "Kim Min-a"),
        ("Kim Chol-su", "Kim Cholho"), ("김철수", "Kim Cholho"), ("Ri Yong-hui", "Lee Sunhui"),
    ])
    func differentNamesDoNotMatch(a: String, b: String) {
        #expect(Self.level([a], [b]) <= 1, "\(a) / \(b): level \(Self.level([a], [b]))")
    }

    @Test func aHangulAliasLinksTwoSpellings() {
        #expect(Self.level(["Pak Chol-jin"], ["Pyon Dong-il", "박철진"]) == 3)
    }

    @Test(arguments: [
        ("철수", Romanizer.System.mcCuneReischauer, "ch'ŏlsu"), ("철수", .revised, "cheolsu"), ("철수", .northern, "cholsu"),
        ("복남", .mcCuneReischauer, "pongnam"), ("복남", .revised, "boknam"), ("신라", .mcCuneReischauer, "silla"),
        ("영길", .mcCuneReischauer, "yŏnggil"), ("정은", .northern, "jongun"), ("정은", .mcCuneReischauer, "chŏngŭn"),
        ("희", .mcCuneReischauer, "hŭi"), ("택", .northern, "thaek"), ("철이", .mcCuneReischauer, "ch'ŏri"),
        ("독립", .mcCuneReischauer, "tongnip"), ("학", .revised, "hak"), ("김", .revised, "gim"),
    ])
    func romanisationFollowsEachSystem(hangul: String, system: Romanizer.System, expected: String) {
        #expect(Romanizer.romanize(hangul, system) == expected)
    }

    @Test(arguments: [("Hyesan", "Hyesan-si"), ("Hyesan", "혜산"), ("Hyesan, Ryanggang", "혜산시"),
                      ("Hoeryong", "회령"), ("Chongjin", "Chongjin City"), ("Musan-gun", "Musan, North Hamgyong")])
    func homeSpellingsMeet(a: String, b: String) {
        #expect(PlaceKey.of(a) != nil && PlaceKey.of(a) == PlaceKey.of(b), "\(a) → \(PlaceKey.of(a) ?? "-"), \(b) → \(PlaceKey.of(b) ?? "-")")
    }

    @Test func differentTownsStayApart() {
        #expect(PlaceKey.of("Hyesan") != PlaceKey.of("Musan"))
        #expect(PlaceKey.of("Hoeryong") != PlaceKey.of("Onsong"))
    }
}
