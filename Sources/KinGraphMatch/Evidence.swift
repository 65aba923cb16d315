import KinGraphCore

/// The evidence of a pair in words: each field's level, its weight and the two
/// values, as a reviewer reads them.
enum Evidence {
    static func describe(
        _ archive: Archive, _ records: [MatchRecord], _ i: Int32, _ j: Int32, _ v: ComparisonVector,
        _ model: FellegiSunter, events: [String: [Int]]
    ) -> [FieldEvidence] {
        let a = archive.people[Int(i)], b = archive.people[Int(j)]
        return Field.allCases.map { field in
            let level = v[field]
            let weight = level.map { model.weight(field, $0) } ?? 0
            let detail: String
            switch field {
            case .name: detail = names(a) + " / " + names(b)
            case .born: detail = pair(a.born?.text, b.born?.text)
            case .sex: detail = pair(a.sex?.rawValue, b.sex?.rawValue)
            case .home: detail = pair(a.home, b.home)
            case .relatives: detail = relatives(archive, records, i, j, level)
            case .events: detail = pair(describeEvents(archive, events[a.id]), describeEvents(archive, events[b.id]))
            }
            return FieldEvidence(field: field, level: level, weight: weight, detail: detail)
        }
    }

    /// The name, with the hangul and its McCune–Reischauer reading.
    static func names(_ p: Person) -> String {
        var text = p.name
        if let hangul = p.hangul, hangul != p.name {
            text += " " + hangul
        }
        if let hangul = p.hangul ?? (p.name.unicodeScalars.allSatisfy { Hangul.isSyllable($0) || $0 == " " } ? p.name : nil) {
            text += " (MR " + reading(hangul) + ")"
        }
        return text
    }

    /// A hangul name read in McCune–Reischauer: `김철수` → `Kim Ch'ŏlsu`.
    static func reading(_ hangul: String) -> String {
        let scalars = Array(hangul.unicodeScalars.filter { $0 != " " })
        guard scalars.count >= 2 else { return capitalised(Romanizer.romanize(hangul, .mcCuneReischauer)) }
        let split = Surnames.compound.contains(String(String.UnicodeScalarView(scalars.prefix(2)))) && scalars.count >= 3 ? 2 : 1
        let surname = String(String.UnicodeScalarView(scalars.prefix(split)))
        let given = String(String.UnicodeScalarView(scalars.dropFirst(split)))
        return capitalised(Romanizer.romanize(surname, .mcCuneReischauer)) + " "
            + capitalised(Romanizer.romanize(given, .mcCuneReischauer))
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func pair(_ x: String?, _ y: String?) -> String {
        (x ?? "–") + " / " + (y ?? "–")
    }

    /// Each person's events, by index into `archive.events`.
    static func eventIndex(_ archive: Archive) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (k, e) in archive.events.enumerated() { index[e.person, default: []].append(k) }
        return index
    }

    private static func describeEvents(_ archive: Archive, _ indices: [Int]?) -> String? {
        let kinds = (indices ?? []).prefix(3).map { archive.events[$0] }.map {
            $0.kind.rawValue + ($0.date.map { " " + $0.text } ?? "")
        }
        return kinds.isEmpty ? nil : kinds.joined(separator: "; ")
    }

    private static func relatives(_ archive: Archive, _ records: [MatchRecord], _ i: Int32, _ j: Int32, _ level: Int?) -> String {
        if level == 0 { return "\(archive.people[Int(i)].id) and \(archive.people[Int(j)].id) are tied to each other" }
        let a = records[Int(i)], b = records[Int(j)]
        let same = Set(a.relatives).intersection(b.relatives).sorted()
        var shared = same.map { archive.people[Int($0)].id + " " + archive.people[Int($0)].name }
        if shared.count < 2 {
            let named = Comparison.sharedCount(a.relativeNames, b.relativeNames)
            if named > 0 && same.isEmpty { shared.append("\(named) relative\(named == 1 ? "" : "s") of the same name") }
        }
        if shared.isEmpty { return "\(a.relatives.count) / \(b.relatives.count) relatives" }
        return "shared " + shared.joined(separator: ", ")
    }
}
