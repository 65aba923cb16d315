import Foundation

/// A generated archive of fictional families in which protected people carry
/// distinctive strings (names with a unique marker, rare hangul syllables, aliases,
/// exact birth dates in years no one else uses, homes, places and facilities of their
/// events), so any of them turning up in an output is unmistakably a leak.
///
/// Family k: a father (never protected) whose defection leads to the arrest of the
/// mother and the detention of the child; the mother is protected in even families,
/// the child in every third; fathers of neighbouring families are friends.
public struct RedactionArchive: Sendable {
    /// One protected person and everything that identifies them.
    public struct Secret: Sendable {
        public var id: String
        public var name: String
        /// Name, hangul, aliases, birth date, home, places, facilities, id.
        public var strings: [String]
        /// The birth year alone (searched only in text, never in drawing coordinates).
        public var year: String
        public var hangul: String
    }

    /// Rare syllables that only protected people's hangul uses.
    public static let rareSyllables = Array("뷁퀭쀍똠햏쓩뙇괢쌂휆")

    public var json: String
    public var secrets: [Secret]
    /// Ids of unprotected people, to ask about.
    public var fathers: [String]

    public init(families: Int) {
        var people: [[String: Any]] = []
        var ties: [[String: Any]] = []
        var events: [[String: Any]] = []
        var links: [[String: Any]] = []
        var secrets: [Secret] = []
        var fathers: [String] = []
        func person(_ id: String, protected: Bool, k: Int, role: Int) -> [String: Any] {
            guard protected else {
                return [
                    "id": id, "name": "Ri Myong-\(k)\(role)", "hangul": "리명수", "born": "19\(60 + (k + role) % 30)",
                    "home": "Hyesan", "status": role == 0 ? "defected" : "detained", "sources": ["T-1"],
                ]
            }
            let n = secrets.count
            let marker = "Zorvik\(n)q"
            let hangul = String([Self.rareSyllables[n % 10], Self.rareSyllables[(n / 10 + 3) % 10], "님"])
            let year = String(1930 + n % 20)
            let born = "\(year)-0\(1 + n % 9)-\(10 + n % 18)"
            let secret = Secret(
                id: id, name: "Kang \(marker)", strings: [
                    "Kang \(marker)", marker, hangul, "\(marker) Kang", "Gang \(marker)-ok", born,
                    "Sekrethome\(n), Musan", "Hideplace\(n)", "Hidefacility\(n)", id,
                ], year: year, hangul: hangul)
            secrets.append(secret)
            return [
                "id": id, "name": secret.name, "hangul": hangul, "aliases": ["\(marker) Kang", "Gang \(marker)-ok"],
                "sex": "F", "born": born, "home": "Sekrethome\(n), Musan", "status": "disappeared",
                "protected": true, "sources": ["T-1"],
            ]
        }
        func event(_ id: String, _ who: String, _ kind: String, _ date: String, secret: Int?) -> [String: Any] {
            var record: [String: Any] = ["id": id, "person": who, "kind": kind, "date": date, "country": "KP", "sources": ["T-1"]]
            if let n = secret {
                record["place"] = "Hideplace\(n)"
                record["facility"] = "Hidefacility\(n)"
            } else {
                record["place"] = "Hyesan"
            }
            return record
        }
        for k in 0..<families {
            let father = "F\(k)", mother = k % 2 == 0 ? "HID\(k)M" : "M\(k)", child = k % 3 == 0 ? "HID\(k)C" : "C\(k)"
            fathers.append(father)
            people.append(person(father, protected: false, k: k, role: 0))
            let motherSecret = k % 2 == 0 ? secrets.count : nil
            people.append(person(mother, protected: k % 2 == 0, k: k, role: 1))
            let childSecret = k % 3 == 0 ? secrets.count : nil
            people.append(person(child, protected: k % 3 == 0, k: k, role: 2))
            ties += [
                ["from": father, "to": mother, "kind": "spouse", "sources": ["T-1"]],
                ["from": father, "to": child, "kind": "parent", "sources": ["T-1"]],
                ["from": mother, "to": child, "kind": "parent", "sources": ["T-1"]],
            ]
            if k > 0 { ties.append(["from": "F\(k - 1)", "to": father, "kind": "friend", "sources": ["T-1"]]) }
            let year = 2005 + k % 15
            events += [
                event("E\(k)a", father, "defection", "\(year)-03", secret: nil),
                event("E\(k)b", mother, "arrest", "\(year)-05", secret: motherSecret),
                event("E\(k)c", child, "detention", "\(year)-06~", secret: childSecret),
            ]
            links += [
                ["cause": "E\(k)a", "effect": "E\(k)b", "kind": "guilt-by-association", "sources": ["T-1"]],
                ["cause": "E\(k)b", "effect": "E\(k)c", "kind": "led-to", "sources": ["T-1"]],
            ]
        }
        let archive: [String: Any] = [
            "format": "kingraph-archive/1", "title": "Redaction test (fictional people)",
            "sources": [["id": "T-1", "kind": "testimony", "title": "Interview"]],
            "people": people, "ties": ties, "events": events, "links": links,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: archive, options: [.sortedKeys])) ?? Data()
        self.json = String(decoding: data, as: UTF8.self)
        self.secrets = secrets
        self.fathers = fathers
    }
}
