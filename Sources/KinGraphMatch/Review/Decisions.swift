/// Pairs a reviewer marked different, kept beside the archive so they are never
/// proposed again: a CSV file `a,b,decision` (`different` on every row), sorted.
///
/// Beside a JSON archive `x.json` it is `x.decisions.csv`; in a CSV folder it is
/// `decisions.csv` (which the archive reader does not read).
public enum Decisions {
    /// Where the decisions of the archive at `archive` are kept.
    public static func path(forArchive archive: String) -> String {
        var base = archive
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        if base.lowercased().hasSuffix(".json") { return String(base.dropLast(5)) + ".decisions.csv" }
        return base + "/decisions.csv"
    }

    /// The file's text.
    public static func text(_ pairs: Set<IDPair>) -> String {
        var out = "a,b,decision\n"
        for pair in pairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            out += CSVText.cell(pair.a) + "," + CSVText.cell(pair.b) + ",different\n"
        }
        return out
    }

    /// The pairs of a decisions file; ids no longer in the archive are dropped.
    public static func read(_ text: String, file: String, people: Set<String>) throws(ReviewError) -> Set<IDPair> {
        var known = people
        // Read leniently: an id merged away since is not an error here.
        let rows: [CSVText.Row]
        do throws(ReviewError.Problem) { rows = try CSVText.rows(text) } catch {
            throw ReviewError(file: file, problems: [error])
        }
        for row in rows.dropFirst() { for id in row.cells.prefix(2) { known.insert(id.trimmed) } }
        let decided = try ReviewSheet.read(text, file: file, people: known)
        return Set(decided.filter { $0.decision == .different && people.contains($0.pair.a) && people.contains($0.pair.b) }.map(\.pair))
    }
}
