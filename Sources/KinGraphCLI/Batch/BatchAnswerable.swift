import KinGraphCore

/// A query command that answers from a graph already loaded, so `batch` can load the
/// archive once and ask many questions. Each answer is the value the command prints
/// with `--json`.
/// PERSON arguments are resolved through `people` (by pseudonym or real id under
/// `--redact`, as the query commands do).
protocol BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable
}

extension BecauseOf: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        graph.becauseOf(person: try people.resolve(person), minConfidence: options.confidence, scratch: &scratch)
    }
}

extension Implicated: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        let who = try people.resolve(person)
        let escape = try event.map { id throws(QueryError) in
            guard let e = graph.eventIndex(id) else { throw QueryError.unknownEvent(id) }
            return e
        }
        return try graph.implicated(
            person: who, depth: depthOption.depth ?? 3, event: escape, minConfidence: options.confidence,
            scratch: &scratch)
    }
}

extension Path: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        let a = try people.resolve(from), b = try people.resolve(to)
        return graph.path(from: a, to: b, familyOnly: familyOnly, minConfidence: options.confidence, scratch: &scratch)
    }
}

extension Neighbors: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        try graph.neighbors(
            person: try people.resolve(person), depth: depthOption.depth ?? 1, familyOnly: familyOnly,
            minConfidence: options.confidence, scratch: &scratch)
    }
}

extension Stats: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        graph.stats(minConfidence: options.confidence)
    }
}

extension Timeline: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        graph.timeline(person: try people.resolve(person), minConfidence: options.confidence, scratch: &scratch)
    }
}

extension Find: BatchAnswerable {
    func answer(_ graph: ArchiveGraph, people: PersonResolver, scratch: inout GraphScratch) throws -> any Encodable {
        graph.find(name)
    }
}
