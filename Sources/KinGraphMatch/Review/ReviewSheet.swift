import KinGraphCore

/// The review file: one proposed pair a row with its evidence and an empty
/// `decision` column for `same`, `different` or `unsure`, opened in a spreadsheet and
/// read back by `kingraph match --apply`.
public enum ReviewSheet {
    /// A reviewer's word on a pair.
    public enum Decision: String, Sendable, CaseIterable {
        case same, different, unsure
    }

    /// One decided row.
    public struct Row: Sendable, Equatable {
        public var pair: IDPair
        public var decision: Decision
        public var line: Int
    }

    /// The columns, in order. `a`, `b` and `decision` are the ones read back.
    public static let columns = [
        "pair", "probability", "weight", "a", "a_name", "b", "b_name",
    ] + Field.allCases.map(\.label) + ["a_sources", "b_sources", "decision"]

    /// The file's text (UTF-8 with a byte-order mark, so spreadsheets read hangul).
    ///
    /// - Complexity: O(pairs).
    public static func text(_ result: MatchResult, _ archive: Archive) -> String {
        var names: [String: String] = [:]
        for p in archive.people { names[p.id] = p.name }
        var out = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n"
        for (k, pair) in result.pairs.enumerated() {
            var cells = [
                String(k + 1), probability(pair.probability), String((pair.weight * 10).rounded() / 10), pair.a,
                names[pair.a] ?? "", pair.b, names[pair.b] ?? "",
            ]
            cells += pair.evidence.map(\.text)
            cells += [pair.aSources.joined(separator: ";"), pair.bSources.joined(separator: ";"), ""]
            out += cells.map(CSVText.cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A probability with three decimals, `0.999` at most unless it is exactly 1.
    public static func probability(_ p: Double) -> String {
        let thousandths = Int((p * 1000).rounded(.down))
        let text = String(thousandths / 1000) + "." + String(1000 + thousandths % 1000).dropFirst()
        return text
    }

    /// The decided rows of a review file (rows with an empty decision are skipped).
    ///
    /// - Parameters:
    ///   - file: the file's name, for messages.
    ///   - people: the archive's person ids; an id not among them is an error.
    /// - Throws: `ReviewError` with every problem: a missing column, an unknown id,
    ///   a decision that is not `same`, `different` or `unsure`, a pair of one id,
    ///   one pair marked two ways.
    public static func read(_ text: String, file: String, people: Set<String>) throws(ReviewError) -> [Row] {
        let rows: [CSVText.Row]
        do throws(ReviewError.Problem) { rows = try CSVText.rows(text) } catch {
            throw ReviewError(file: file, problems: [error])
        }
        guard let header = rows.first else {
            throw ReviewError(file: file, problems: [.init(line: 1, message: "the file is empty; expected a header with a, b and decision")])
        }
        let names = header.cells.map { $0.trimmed.lowercased() }
        let missing = ["a", "b", "decision"].filter { !names.contains($0) }
        guard missing.isEmpty, let a = names.firstIndex(of: "a"), let b = names.firstIndex(of: "b"),
            let d = names.firstIndex(of: "decision")
        else {
            throw ReviewError(file: file, problems: [.init(
                line: header.line,
                message: "missing column" + (missing.count > 1 ? "s " : " ") + missing.joined(separator: ", ")
                    + "; the header is: " + header.cells.joined(separator: ","))])
        }
        var decided: [Row] = []
        var problems: [ReviewError.Problem] = []
        for row in rows.dropFirst() {
            func cell(_ i: Int) -> String { i < row.cells.count ? row.cells[i].trimmed : "" }
            let word = cell(d).lowercased()
            if word.isEmpty { continue }
            guard let decision = Decision(rawValue: word) else {
                problems.append(.init(line: row.line, message: "unknown decision '\(cell(d))'; expected same, different or unsure (or leave it empty)"))
                continue
            }
            let x = cell(a), y = cell(b)
            var bad = false
            for id in [x, y] where !people.contains(id) {
                problems.append(.init(line: row.line, message: id.isEmpty ? "no person id" : "unknown person '\(id)'"))
                bad = true
            }
            if bad { continue }
            if x == y {
                problems.append(.init(line: row.line, message: "'\(x)' is paired with itself"))
                continue
            }
            let pair = IDPair(x, y)
            if let earlier = decided.first(where: { $0.pair == pair && $0.decision != decision }) {
                problems.append(.init(
                    line: row.line,
                    message: "\(pair.a) and \(pair.b) are marked \(decision.rawValue) here but \(earlier.decision.rawValue) at line \(earlier.line)"))
                continue
            }
            decided.append(Row(pair: pair, decision: decision, line: row.line))
        }
        if !problems.isEmpty { throw ReviewError(file: file, problems: problems) }
        return decided
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
