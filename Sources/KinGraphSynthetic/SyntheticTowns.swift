/// The home towns of `SyntheticVocabulary.homes` as testimonies write them apart
/// from the archive's own form: the town alone, with its administrative suffix, in
/// hangul, and in hangul with the suffix (same order as `homes`).
enum SyntheticTowns {
    static let towns: [(town: String, suffixed: String, hangul: String, hangulSuffixed: String)] = [
        ("Hyesan", "Hyesan-si", "혜산", "혜산시"), ("Musan", "Musan-gun", "무산", "무산군"),
        ("Hoeryong", "Hoeryong-si", "회령", "회령시"), ("Chongjin", "Chongjin-si", "청진", "청진시"),
        ("Onsong", "Onsong-gun", "온성", "온성군"), ("Sinuiju", "Sinuiju-si", "신의주", "신의주시"),
        ("Hamhung", "Hamhung-si", "함흥", "함흥시"), ("Wonsan", "Wonsan-si", "원산", "원산시"),
        ("Sariwon", "Sariwon-si", "사리원", "사리원시"), ("Kimchaek", "Kimchaek-si", "김책", "김책시"),
        ("Samjiyon", "Samjiyon-si", "삼지연", "삼지연시"), ("Kanggye", "Kanggye-si", "강계", "강계시"),
        ("Pyongyang", "Pyongyang-si", "평양", "평양시"), ("Kaesong", "Kaesong-si", "개성", "개성시"),
        ("Nampo", "Nampo-si", "남포", "남포시"),
    ]
}
