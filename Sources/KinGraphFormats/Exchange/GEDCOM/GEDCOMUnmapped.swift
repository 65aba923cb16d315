import KinGraphCore

/// Tallies what an import left out, by record and tag, so a file with thousands of
/// death records gives one note ("INDI DEAT: 2 041 lines, first at line 45"), not
/// two thousand.
struct GEDCOMUnmapped {
    private var counts: [String: (count: Int, first: Int)] = [:]

    /// Records that `tag` under `context` at `line` was not mapped.
    mutating func add(_ context: String, _ tag: String, line: Int) {
        let key = context + " " + tag
        if let seen = counts[key] {
            counts[key] = (seen.count + 1, seen.first)
        } else {
            counts[key] = (1, line)
        }
    }

    /// One warning per tag, ordered by first line.
    var notes: [ExchangeNote] {
        counts.sorted { ($0.value.first, $0.key) < ($1.value.first, $1.key) }.map { key, value in
            let what = Self.names[String(key.split(separator: " ").last ?? "")].map { " (\($0))" } ?? ""
            let times = value.count == 1 ? "once" : "\(value.count) times"
            return ExchangeNote(.warning, line: value.first, "\(key)\(what) not mapped: \(times), first here")
        }
    }

    /// Plain names for common tags, to make the notes readable.
    private static let names: [String: String] = [
        "DEAT": "death", "BURI": "burial", "CHR": "christening", "BAPM": "baptism", "OCCU": "occupation",
        "NOTE": "note", "OBJE": "media", "CHAN": "change date", "MARR": "marriage", "DIV": "divorce",
        "EVEN": "event", "FACT": "fact", "EDUC": "education", "RELI": "religion", "IMMI": "immigration",
        "EMIG": "emigration", "NATI": "nationality", "TITL": "title", "REPO": "repository", "SUBM": "submitter",
        "RIN": "record number", "REFN": "reference number", "_UID": "unique id", "UID": "unique id",
        "EXID": "external id", "SNOTE": "shared note", "CENS": "census", "GRAD": "graduation", "ENGA": "engagement",
    ]
}
