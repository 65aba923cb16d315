import KinGraphCore

/// Korean surnames and their usual spellings beyond what the romanisation systems
/// give: the exceptions every family register and passport office keeps
/// (`이` Lee/Yi/Rhee/I/Ri, `박` Park/Pak/Bak, `최` Choi/Choe, `김` Kim/Gim, …).
///
/// A surname is recognised by its hangul, or by any spelling folded as `NameKey`
/// folds (so `Lee`, `LEE` and `Yi` are one key); a spelling maps to every surname
/// it can stand for (`Yu` is `유` and `류`).
enum Surnames {
    /// Two-syllable surnames, which a hangul full name starts with (the rare ones
    /// whose first syllable is a common surname, such as 서문, are left out: 서문문 is
    /// far more often 서 문문).
    static let compound: Set<String> = ["남궁", "선우", "제갈", "황보", "독고", "사공"]

    /// Hangul surnames with their usual spellings (besides RR, MR and the North's).
    private static let usual: [(String, [String])] = [
        ("김", ["Kim", "Gim"]), ("이", ["Lee", "Yi", "Rhee", "I", "Ri", "Rie", "Ree", "Li"]),
        ("리", ["Ri", "Lee", "Yi", "Rhee", "I"]), ("박", ["Park", "Pak", "Bak", "Bahk"]),
        ("최", ["Choi", "Choe", "Choy", "Chey"]), ("정", ["Jung", "Jeong", "Chung", "Jong", "Chong", "Joung"]),
        ("조", ["Cho", "Jo", "Joh", "Chough"]), ("강", ["Kang", "Gang", "Kahng"]),
        ("윤", ["Yoon", "Yun", "Youn"]), ("장", ["Jang", "Chang"]), ("임", ["Lim", "Im", "Rim", "Yim", "Leem"]),
        ("림", ["Rim", "Lim", "Im"]), ("한", ["Han", "Hahn"]), ("오", ["Oh", "O", "Ohe"]),
        ("서", ["Seo", "Suh", "So", "Sur", "Suh"]), ("신", ["Shin", "Sin", "Shinn"]), ("권", ["Kwon", "Gwon", "Kwan"]),
        ("황", ["Hwang", "Whang"]), ("안", ["Ahn", "An", "Ann"]), ("송", ["Song", "Sung"]),
        ("류", ["Ryu", "Yu", "Yoo", "Rhyu", "Lyu"]), ("유", ["Yoo", "Yu", "You", "Ryu"]), ("홍", ["Hong"]),
        ("전", ["Jeon", "Jun", "Chun", "Chon", "Jon"]), ("고", ["Ko", "Go", "Koh"]), ("문", ["Moon", "Mun"]),
        ("양", ["Yang", "Ryang"]), ("량", ["Ryang", "Yang"]), ("손", ["Son", "Sohn"]),
        ("배", ["Bae", "Pae", "Bai"]), ("백", ["Baek", "Paek", "Baik", "Paik"]),
        ("허", ["Heo", "Huh", "Ho", "Hur"]), ("남", ["Nam"]), ("노", ["Noh", "Roh", "No", "Ro"]),
        ("로", ["Ro", "Roh", "No", "Noh"]), ("하", ["Ha"]), ("곽", ["Kwak", "Gwak"]),
        ("성", ["Sung", "Seong", "Song"]), ("차", ["Cha"]), ("주", ["Joo", "Ju", "Chu", "Choo"]),
        ("우", ["Woo", "U", "Wu"]), ("구", ["Koo", "Ku", "Gu"]), ("민", ["Min"]), ("나", ["Na", "Ra"]),
        ("라", ["Ra", "Na"]), ("진", ["Jin", "Chin"]), ("지", ["Ji", "Chi"]), ("엄", ["Eom", "Um", "Om"]),
        ("채", ["Chae", "Chai"]), ("원", ["Won", "Weon"]), ("천", ["Cheon", "Chun", "Chon"]),
        ("방", ["Bang", "Pang"]), ("공", ["Kong", "Gong"]), ("현", ["Hyun", "Hyon", "Hyeon"]),
        ("함", ["Ham", "Hahm"]), ("변", ["Byun", "Pyon", "Byeon"]), ("염", ["Yeom", "Yum", "Yom"]),
        ("여", ["Yeo", "Yo", "Yuh"]), ("추", ["Chu", "Choo"]), ("도", ["Do", "To", "Doh"]),
        ("석", ["Seok", "Suk", "Sok"]), ("선", ["Sun", "Seon", "Son"]), ("설", ["Seol", "Sul", "Sol"]),
        ("길", ["Gil", "Kil"]), ("연", ["Yeon", "Yon", "Youn"]), ("표", ["Pyo", "Phyo"]),
        ("명", ["Myung", "Myong", "Myeong"]), ("기", ["Ki", "Gi"]), ("반", ["Ban", "Pan"]),
        ("금", ["Keum", "Kum", "Geum"]), ("육", ["Yook", "Yuk"]), ("륙", ["Ryuk", "Yuk"]),
        ("태", ["Tae", "Thae"]), ("용", ["Yong", "Ryong"]), ("룡", ["Ryong", "Yong"]),
        ("경", ["Kyung", "Kyong", "Gyeong"]), ("봉", ["Bong", "Pong"]), ("탁", ["Tak", "Thak"]),
        ("편", ["Pyeon", "Phyon", "Pyun"]), ("은", ["Eun", "Un"]), ("국", ["Kook", "Kuk", "Guk"]),
        ("남궁", ["Namgung", "Namkung"]), ("선우", ["Sunwoo", "Seonu", "Sonu"]), ("제갈", ["Jegal", "Chekal"]),
        ("황보", ["Hwangbo", "Hwangpo"]), ("독고", ["Dokgo", "Tokko"]), ("사공", ["Sagong", "Sakong"]),
    ]

    /// Folded spelling → the hangul surnames it can stand for.
    static let bySpelling: [String: [String]] = {
        var table: [String: Set<String>] = [:]
        for (hangul, spellings) in usual {
            var all = spellings
            for system in Romanizer.System.allCases { all.append(Romanizer.romanize(hangul, system)) }
            all.append(hangul)
            for spelling in all { table[NameKey(spelling).canonical, default: []].insert(hangul) }
        }
        return table.mapValues { $0.sorted() }
    }()

    /// The surnames a written surname (hangul or romanised) can be, by hangul; for a
    /// spelling not in the table (hangul or not), its own folded form.
    static func keys(_ written: String) -> Set<String> {
        let folded = NameKey(written).canonical
        if let known = bySpelling[folded] { return Set(known) }
        return [folded]
    }

    /// `true` when `word` (romanised, any case) is a known surname spelling.
    static func isKnown(_ word: String) -> Bool {
        bySpelling[NameKey(word).canonical] != nil
    }
}
