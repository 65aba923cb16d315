/// The fictional words the synthetic archive is made of: name parts with their
/// romanisations and hangul, places, agencies, facilities. Every cell is kept as
/// UTF-8 bytes, already quoted for CSV where it needs it, so writing a million rows
/// copies bytes and never builds a `String`.
enum SyntheticVocabulary {
    /// One syllable or surname: McCune–Reischauer spelling (used in the North), a
    /// South Korean spelling (Revised Romanization or common use), and hangul.
    struct NamePart {
        let northern: [UInt8]
        let southern: [UInt8]
        let hangul: [UInt8]

        init(_ northern: String, _ southern: String, _ hangul: String) {
            self.northern = Array(northern.utf8)
            self.southern = Array(southern.utf8)
            self.hangul = Array(hangul.utf8)
        }
    }

    /// Surnames, with how common each is (out of `surnameWeightTotal`).
    static let surnames: [NamePart] = [
        NamePart("Kim", "Gim", "김"), NamePart("Ri", "Lee", "리"), NamePart("Pak", "Park", "박"),
        NamePart("Choe", "Choi", "최"), NamePart("Jong", "Jung", "정"), NamePart("Kang", "Gang", "강"),
        NamePart("Jo", "Cho", "조"), NamePart("Yun", "Yoon", "윤"), NamePart("Jang", "Chang", "장"),
        NamePart("Han", "Hahn", "한"), NamePart("Rim", "Lim", "림"), NamePart("O", "Oh", "오"),
        NamePart("So", "Seo", "서"), NamePart("Sin", "Shin", "신"), NamePart("Kwon", "Gwon", "권"),
        NamePart("Hwang", "Whang", "황"), NamePart("An", "Ahn", "안"), NamePart("Song", "Sung", "송"),
        NamePart("Ryu", "Yoo", "류"), NamePart("Hong", "Hong", "홍"),
    ]
    static let surnameWeights = [22, 15, 9, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2]
    static let surnameWeightTotal = surnameWeights.reduce(0, +)

    /// Given-name syllables; a given name is two of them, `Chol-su` / `철수`.
    static let syllables: [NamePart] = [
        NamePart("Chol", "Cheol", "철"), NamePart("Su", "Soo", "수"), NamePart("Yong", "Young", "영"),
        NamePart("Hui", "Hee", "희"), NamePart("Myong", "Myeong", "명"), NamePart("Song", "Seong", "성"),
        NamePart("Il", "Il", "일"), NamePart("Ok", "Ok", "옥"), NamePart("Sun", "Soon", "순"),
        NamePart("Hwa", "Hwa", "화"), NamePart("Gwang", "Kwang", "광"), NamePart("Nam", "Nam", "남"),
        NamePart("Hyok", "Hyeok", "혁"), NamePart("Jin", "Jin", "진"), NamePart("Mi", "Mi", "미"),
        NamePart("Ran", "Ran", "란"), NamePart("Kyong", "Gyeong", "경"), NamePart("Ho", "Ho", "호"),
        NamePart("Ung", "Woong", "웅"), NamePart("Jun", "Joon", "준"), NamePart("Chun", "Chun", "춘"),
        NamePart("Hyang", "Hyang", "향"), NamePart("Guk", "Kook", "국"), NamePart("Ju", "Joo", "주"),
        NamePart("Sim", "Shim", "심"), NamePart("Bok", "Bok", "복"), NamePart("Dok", "Deok", "덕"),
        NamePart("Un", "Eun", "은"), NamePart("Ryong", "Yong", "룡"), NamePart("Mun", "Moon", "문"),
        NamePart("Hak", "Hak", "학"), NamePart("Yon", "Yeon", "연"),
    ]

    /// Home towns inside the country (quoted: they hold a comma).
    static let homes: [[UInt8]] = [
        "\"Hyesan, Ryanggang\"", "\"Musan, North Hamgyong\"", "\"Hoeryong, North Hamgyong\"",
        "\"Chongjin, North Hamgyong\"", "\"Onsong, North Hamgyong\"", "\"Sinuiju, North Phyongan\"",
        "\"Hamhung, South Hamgyong\"", "\"Wonsan, Kangwon\"", "\"Sariwon, North Hwanghae\"",
        "\"Kimchaek, North Hamgyong\"", "\"Samjiyon, Ryanggang\"", "\"Kanggye, Chagang\"",
        "Pyongyang", "Kaesong", "Nampo",
    ].map { Array($0.utf8) }

    /// Where escapes lead and repatriations start: (place, country).
    static let abroad: [(place: [UInt8], country: [UInt8])] = [
        ("\"Yanji, Jilin\"", "CN"), ("\"Tumen, Jilin\"", "CN"), ("\"Dandong, Liaoning\"", "CN"),
        ("\"Shenyang, Liaoning\"", "CN"), ("\"Changbai, Jilin\"", "CN"), ("Vladivostok", "RU"),
        ("Ulaanbaatar", "MN"), ("Vientiane", "LA"), ("Bangkok", "TH"), ("Seoul", "KR"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static let agencies: [[UInt8]] = ["MSS", "MPS", "PRC-PSB", "KPA-SC"].map { Array($0.utf8) }

    static let facilities: [[UInt8]] = [
        "Kwanliso 14", "Kwanliso 15", "Kwanliso 16", "Kwanliso 25", "Kyohwaso 1", "Kyohwaso 12",
        "Onsong Kuryujang", "Chongjin Jipkyulso", "Hyesan Rodong Danryondae",
    ].map { Array($0.utf8) }

    /// Source titles; some hold a comma or quotes, so the CSV quoting is exercised.
    static let titlePrefixes: [[UInt8]] = [
        "\"Interview, session ", "\"Report \"\"Behind the Border\"\", part ", "\"Court record no. ",
        "\"Broadcast transcript ", "\"Letter, item ", "\"Register extract ",
    ].map { Array($0.utf8) }
}
