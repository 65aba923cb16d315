import KinGraphCore

/// Small fictional archives for the render tests. Every person here is invented.
enum TestArchives {
    /// Three generations of a fictional family. Kim Yong-nam (P-03) defected in
    /// 2013; his parents, his wife and (through a broker's arrest) his brother were
    /// punished for it. His wife Pak Mi-ran (P-04) is protected.
    static func family() -> Archive {
        Archive(
            title: "Fictional test archive",
            sources: [
                Source(id: "T-001", kind: .testimony, date: date("2018-04")),
                Source(id: "T-002", kind: .testimony, date: date("2019-11")),
                Source(id: "R-001", kind: .report, date: date("2020-02-03"), title: "Fictional report"),
            ],
            people: [
                Person(id: "P-01", name: "Kim Chol-su", hangul: "김철수", born: date("1958"), status: .detained,
                       sources: ["T-001"]),
                Person(id: "P-02", name: "Ri Ok-sun", hangul: "리옥순", born: date("1960"), status: .disappeared,
                       sources: ["T-001"]),
                Person(id: "P-03", name: "Kim Yong-nam", hangul: "김영남", born: date("1984"), status: .defected,
                       sources: ["T-001", "T-002"]),
                Person(id: "P-04", name: "Pak Mi-ran", hangul: "박미란", aliases: ["Miran Pak", "Auntie Mi"],
                       sex: .female, born: date("1986-02-17"), home: "Hoeryong, North Hamgyong",
                       status: .detained, isProtected: true, sources: ["T-002"]),
                Person(id: "P-05", name: "Kim Su-jin", hangul: "김수진", born: date("2008"), status: .atLarge,
                       sources: ["T-002"]),
                Person(id: "P-06", name: "Kim Chol-ho", hangul: "김철호", born: date("1987"), status: .executed,
                       sources: ["R-001"]),
                Person(id: "P-07", name: "Jang Song-il", born: date("1975~"), sources: ["R-001"]),
            ],
            ties: [
                Tie(from: "P-01", to: "P-02", kind: .spouse, sources: ["T-001"]),
                Tie(from: "P-01", to: "P-03", kind: .parent, sources: ["T-001", "T-002"]),
                Tie(from: "P-02", to: "P-03", kind: .parent, sources: ["T-001"]),
                Tie(from: "P-01", to: "P-06", kind: .parent, sources: ["R-001"]),
                Tie(from: "P-03", to: "P-06", kind: .sibling, sources: ["R-001"]),
                Tie(from: "P-03", to: "P-04", kind: .spouse, sources: ["T-002"]),
                Tie(from: "P-03", to: "P-05", kind: .parent, sources: ["T-002"]),
                Tie(from: "P-04", to: "P-05", kind: .parent, sources: ["T-002"]),
                Tie(from: "P-03", to: "P-07", kind: .broker, confidence: .hearsay, sources: ["R-001"]),
            ],
            events: [
                Event(id: "E-01", person: "P-03", kind: .defection, date: date("2013-05"), country: "CN",
                      sources: ["T-001", "T-002"]),
                Event(id: "E-02", person: "P-01", kind: .arrest, date: date("2013-07"), country: "KP",
                      agency: "MSS", reason: .guiltByAssociation, sources: ["T-001"]),
                Event(id: "E-03", person: "P-02", kind: .forcedRelocation, date: date("2013-09"), country: "KP",
                      sources: ["T-001"]),
                Event(id: "E-04", person: "P-04", kind: .detention, date: date("2013-06"),
                      place: "Hoeryong, North Hamgyong", country: "KP", agency: "MSS", facility: "Kyohwaso 12",
                      sources: ["T-002"]),
                Event(id: "E-05", person: "P-06", kind: .execution, date: date("2015"), country: "KP",
                      sources: ["R-001"]),
                Event(id: "E-06", person: "P-06", kind: .arrest, date: date("2014-04"), country: "KP",
                      sources: ["R-001"]),
                Event(id: "E-07", person: "P-07", kind: .arrest, date: date("2014-02"), country: "CN",
                      agency: "PRC-PSB", sources: ["R-001"]),
            ],
            links: [
                Link(cause: "E-01", effect: "E-02", kind: .guiltByAssociation, sources: ["T-001"]),
                Link(cause: "E-01", effect: "E-03", kind: .guiltByAssociation, sources: ["T-001"]),
                Link(cause: "E-01", effect: "E-04", kind: .guiltByAssociation, sources: ["T-002"]),
                Link(cause: "E-01", effect: "E-07", kind: .exposedBy, confidence: .hearsay, sources: ["R-001"]),
                Link(cause: "E-07", effect: "E-06", kind: .exposedBy, sources: ["R-001"]),
                Link(cause: "E-06", effect: "E-05", kind: .ledTo, sources: ["R-001"]),
            ])
    }

    /// What must never appear in a published diagram of `family()`: the protected
    /// person's name, hangul, aliases, birth date, home, place and facility, and id.
    static let protectedStrings = [
        "Pak Mi-ran", "박미란", "Miran Pak", "Auntie Mi", "1986-02-17", "b. 1986", "Hoeryong", "North Hamgyong",
        "Kyohwaso", "P-04",
    ]

    static func date(_ text: String) -> FuzzyDate? { try? FuzzyDate(parsing: text) }

    /// Everyone in `family()`.
    static let everyone = ["P-01", "P-02", "P-03", "P-04", "P-05", "P-06", "P-07"]
}
