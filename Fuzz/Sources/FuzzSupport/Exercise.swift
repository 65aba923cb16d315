import KinGraphCore

/// What every fuzz target does with an archive it managed to read: validate it and,
/// when valid, build the graph and ask each kind of question once, so the fuzzer
/// reaches the graph builder and the queries with the shapes the readers let through.
public enum Exercise {
    /// Validates `archive`; when it has no error, builds the graph (failing to is a
    /// finding), runs every query from its first and last person, and redacts it.
    public static func archive(_ archive: Archive) {
        let problems = ArchiveValidator.validate(archive)
        for problem in problems { _ = problem.description }
        guard !problems.contains(where: \.isError) else { return }
        let graph: ArchiveGraph
        do { graph = try ArchiveGraph(archive) } catch { fatalError("a valid archive did not index: \(error)") }
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
}

extension Exercise {
    /// An import without error notes must give an archive that validates, as
    /// `kingraph import` promises; anything else is a finding.
    public static func imported(_ archive: Archive, hasErrors: Bool) {
        guard !hasErrors else { return }
        let errors = ArchiveValidator.validate(archive).filter(\.isError)
        if let first = errors.first { fatalError("an import without errors does not validate: \(first)") }
        Exercise.archive(archive)
    }
}
