import KinGraphCore

/// What every fuzz target does with an archive it managed to read, and what the
/// corpus replay tests do with each input again: validate it and, when valid, build
/// the graph and ask each kind of question once, so the fuzzer reaches the graph
/// builder and the queries with the shapes the readers let through.
///
/// One file for both: Fuzz/Sources/FuzzSupport/Exercise.swift is a link to this one.
/// A finding (something that must not happen) goes to `finding`: the fuzzer stops
/// there, a test records an issue.
public enum Exercise {
    /// Validates `archive`; when it has no error, builds the graph (failing to is a
    /// finding), runs every query from its first and last person, and redacts it.
    public static func archive(_ archive: Archive, finding: (String) -> Void) {
        let problems = ArchiveValidator.validate(archive)
        for problem in problems { _ = problem.description }
        guard !problems.contains(where: \.isError) else { return }
        let graph: ArchiveGraph
        do { graph = try ArchiveGraph(archive) } catch {
            finding("a valid archive did not index: \(error)")
            return
        }
        _ = Redactor(archive).redact(archive)
        guard graph.personCount > 0 else { return }
        var scratch = GraphScratch()
        let first: Int32 = 0, last = Int32(graph.personCount - 1)
        _ = graph.stats()
        _ = graph.becauseOf(person: first, scratch: &scratch)
        _ = try? graph.implicated(person: first, depth: 3, scratch: &scratch)
        _ = graph.path(from: first, to: last, scratch: &scratch)
        _ = try? graph.neighbors(person: last, depth: 2, scratch: &scratch)
        _ = graph.timeline(person: last, scratch: &scratch)
        _ = graph.find(graph.person(last).name)
    }

    /// An import without error notes must give an archive that validates, as
    /// `kingraph import` promises; anything else is a finding.
    public static func imported(_ archive: Archive, hasErrors: Bool, finding: (String) -> Void) {
        guard !hasErrors else { return }
        let errors = ArchiveValidator.validate(archive).filter(\.isError)
        if let first = errors.first {
            finding("an import without errors does not validate: \(first)")
            return
        }
        Exercise.archive(archive, finding: finding)
    }
}

extension Exercise {
    /// The CSV fuzz target's small valid archive (two people, a tie, two linked
    /// events): the fuzzed input replaces the file its first byte picks.
    public static let csvSeed: [String: [UInt8]] = [
        "sources.csv": Array("id,kind\nT-1,testimony\n".utf8),
        "people.csv": Array(
            "id,name,hangul,born,protected,sources\nP-1,Kim Chol-su,김철수,1970?,,T-1\nP-2,Ri Yong-hui,,1972,true,T-1\n".utf8),
        "ties.csv": Array("from,to,kind,sources\nP-1,P-2,spouse,T-1\n".utf8),
        "events.csv": Array(
            "id,person,kind,date,sources\nE-1,P-1,defection,2013-04,T-1\nE-2,P-2,detention,2013-05~,T-1\n".utf8),
        "links.csv": Array("cause,effect,kind,sources\nE-1,E-2,guilt-by-association,T-1\n".utf8),
        "archive.csv": Array("format,title\nkingraph-archive/1,Fuzz\n".utf8),
    ]

    /// The CSV files the first byte of a fuzz input picks from, in order.
    public static let csvNames = ["sources.csv", "people.csv", "ties.csv", "events.csv", "links.csv", "archive.csv"]

    /// The seed with the file `input`'s first byte picks replaced by the rest of `input`.
    public static func csvFiles(_ input: [UInt8]) -> [String: [UInt8]]? {
        guard let first = input.first else { return nil }
        var files = csvSeed
        files[csvNames[Int(first) % csvNames.count]] = Array(input.dropFirst())
        return files
    }
}
