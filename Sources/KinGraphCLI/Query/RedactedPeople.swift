import KinGraphCore

/// Finds the person a PERSON argument names when the answer is redacted: by the id
/// or name in the archive as it is (the answer then shows their pseudonym), or by the
/// pseudonym itself. Messages list people as the redacted answer shows them.
struct RedactedPeople {
    /// The archive's graph as it is, for ids and names.
    let full: ArchiveGraph
    let redactor: Redactor
    /// The redacted graph the answer comes from.
    let shown: ArchiveGraph

    /// The person in `shown` that `text` names.
    ///
    /// - Throws: `QueryError.ambiguousPerson` (candidates by pseudonym where
    ///   protected) or the redacted graph's `unknownPerson`, which names no protected
    ///   person.
    func resolve(_ text: String) throws(QueryError) -> Int32 {
        do throws(QueryError) {
            return try shownIndex(full.resolvePerson(text))
        } catch .ambiguousPerson {
            let found = full.matchNames(text)
            let top = found.first?.score ?? 0
            let tied = found.prefix { $0.score == top }.map { match in
                let p = shownIndex(match.person)
                return "\(shown.person(p).name) (\(shown.person(p).id))"
            }
            throw .ambiguousPerson(text, candidates: tied)
        } catch {
            // Not in the archive as it is: perhaps a pseudonym.
            return try shown.resolvePerson(text)
        }
    }

    /// Where person `p` of the full graph is in the redacted one (redaction keeps
    /// every person, so the lookup cannot fail; the fallback keeps it total).
    private func shownIndex(_ p: Int32) -> Int32 {
        shown.personIndex(redactor.redactedID(for: full.person(p).id)) ?? p
    }
}

/// Resolves PERSON arguments against the graph an answer comes from: directly, or
/// with `--redact` through `RedactedPeople` (real ids and names still work).
struct PersonResolver {
    let graph: ArchiveGraph
    let redacted: RedactedPeople?

    /// The archive's graph (redacted with `redact`) and its resolver.
    static func load(_ archive: ArchiveOptions, redact: Bool) throws -> (ArchiveGraph, PersonResolver) {
        let loaded = try archive.loadArchive()
        let records = loaded.archive
        guard redact else {
            let graph = try loaded.graph()
            return (graph, PersonResolver(graph: graph, redacted: nil))
        }
        let redactor = Redactor(records)
        let graph = try ArchiveGraph(redactor.redact(records))
        let people = RedactedPeople(full: try loaded.graph(), redactor: redactor, shown: graph)
        return (graph, PersonResolver(graph: graph, redacted: people))
    }

    /// The person `text` names.
    func resolve(_ text: String) throws(QueryError) -> Int32 {
        if let redacted { return try redacted.resolve(text) }
        return try graph.resolvePerson(text)
    }
}
