import KinGraphCore

/// Answers a query in the CLI's own words with the JSON the CLI prints for it, so the
/// explorer's API gives exactly the shapes of `--json` (docs/QUERIES.md). The
/// `kingraph serve` command supplies it from the query commands themselves.
public protocol ExplorerQueries: Sendable {
    /// The JSON answer to `query` (`because-of`, `implicated`, …) with `words` (its
    /// arguments and options as on the command line, without `--archive`), from `graph`.
    ///
    /// - Throws: `ExplorerFailure.notFound` for an unknown person or event,
    ///   `.badRequest` for anything else the command rejects.
    func answer(_ query: String, words: [String], graph: ArchiveGraph, scratch: inout GraphScratch)
        throws(ExplorerFailure) -> [UInt8]
}
