import KinGraphCore

/// A hand-made archive of one family as two testimonies give it (fictional people).
///
/// T-1 names the Kim family of Hyesan; T-2, years later, names two of them again in
/// the South's spelling and in hangul, with a birth year off by one, and ties them
/// to the same parents: P-09 is P-01 (Kim Chol-su), P-10 is P-02 (Ri Yong-hui).
/// P-05 and P-06 are siblings of P-01: same surname, home and parents, other names,
/// not him. P-11 is a namesake of P-01 from another town, born 20 years later.
enum TwoTestimonies {
    static func archive() throws -> Archive {
        func date(_ text: String) throws -> FuzzyDate { try FuzzyDate(parsing: text) }
        let people = [
            Person(id: "P-01", name: "Kim Chol-su", sex: .male, born: try date("1961~"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-02", name: "Ri Yong-hui", sex: .female, born: try date("1963"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-03", name: "Kim Il-nam", sex: .male, born: try date("1935"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-04", name: "Pak Sun-ok", sex: .female, born: try date("1938"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-05", name: "Kim Chol-ho", sex: .male, born: try date("1963"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-06", name: "Kim Sun-hui", sex: .female, born: try date("1966"), home: "Hyesan, Ryanggang", sources: ["T-1"]),
            Person(id: "P-07", name: "Ri Myong-chol", sex: .male, born: try date("1933"), home: "Musan, North Hamgyong", sources: ["T-1"]),
            Person(id: "P-08", name: "Choe Ok-sun", sex: .female, born: try date("1936"), home: "Musan, North Hamgyong", sources: ["T-1"]),
            Person(id: "P-09", name: "김철수", hangul: "김철수", sex: .male, born: try date("1962"), home: "혜산시", sources: ["T-2"]),
            Person(id: "P-10", name: "Lee Young-hee", sex: .female, born: try date("1962/1963"), home: "Hyesan", sources: ["T-2"]),
            Person(id: "P-11", name: "Kim Cheol-su", sex: .male, born: try date("1981"), home: "Chongjin", sources: ["T-2"]),
            Person(id: "P-12", name: "Jong Hye-gyong", sex: .female, born: try date("1990"), home: "Chongjin", sources: ["T-2"]),
        ]
        let ties = [
            Tie(from: "P-03", to: "P-01", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-04", to: "P-01", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-03", to: "P-05", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-04", to: "P-05", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-03", to: "P-06", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-04", to: "P-06", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-03", to: "P-04", kind: .spouse, sources: ["T-1"]),
            Tie(from: "P-01", to: "P-02", kind: .spouse, sources: ["T-1"]),
            Tie(from: "P-07", to: "P-02", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-08", to: "P-02", kind: .parent, sources: ["T-1"]),
            Tie(from: "P-03", to: "P-09", kind: .parent, sources: ["T-2"]),
            Tie(from: "P-04", to: "P-09", kind: .parent, sources: ["T-2"]),
            Tie(from: "P-09", to: "P-10", kind: .spouse, sources: ["T-2"]),
            Tie(from: "P-07", to: "P-10", kind: .parent, sources: ["T-2"]),
            Tie(from: "P-11", to: "P-12", kind: .spouse, sources: ["T-2"]),
        ]
        let events = [
            Event(id: "E-1", person: "P-01", kind: .defection, date: try date("2013-04"), place: "Hyesan", country: "KP", sources: ["T-1"]),
            Event(id: "E-2", person: "P-02", kind: .detention, date: try date("2013-06"), place: "Hyesan", country: "KP", sources: ["T-1"]),
            Event(id: "E-3", person: "P-09", kind: .defection, date: try date("2013"), place: "혜산", country: "KP", sources: ["T-2"]),
            Event(id: "E-4", person: "P-10", kind: .detention, date: try date("2013-06~"), place: "Hyesan-si", country: "KP", sources: ["T-2"]),
        ]
        let links = [Link(cause: "E-1", effect: "E-2", kind: .guiltByAssociation, sources: ["T-1"])]
        return Archive(
            title: "Two testimonies", sources: [Source(id: "T-1", kind: .testimony), Source(id: "T-2", kind: .testimony)],
            people: people, ties: ties, events: events, links: links)
    }
}
