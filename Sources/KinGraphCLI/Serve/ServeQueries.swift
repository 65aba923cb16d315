import ArgumentParser
import Foundation
import KinGraphCore
import KinGraphServer

/// The explorer's API answers, from the query commands themselves: the words are
/// parsed by the command's own argument parser and answered as `batch` answers them,
/// then printed as `--json` prints them. PERSON resolves in the graph as shown (a
/// protected person only by pseudonym unless the server reveals them).
struct ServeQueries: ExplorerQueries {
    let archivePath: String
    /// Queries already parsed, by their words: parsing costs more than most answers.
    let parsed = ParsedQueries()

    func answer(_ query: String, words: [String], graph: ArchiveGraph, scratch: inout GraphScratch)
        throws(ExplorerFailure) -> [UInt8]
    {
        let command: any QueryCommand
        do {
            // The query command's own parser (not the root's: that builds every
            // subcommand's parser on each call).
            guard let type = Queries.named(query) else { throw ExplorerFailure.badRequest("'\(query)' is not a query") }
            let key = ([query] + words).joined(separator: "\u{1F}")
            if let known = parsed.get(key) {
                command = known
            } else {
                command = try type.parseQuery(["--archive", archivePath] + words)
                parsed.put(key, command)
            }
        } catch let failure as ExplorerFailure {
            throw failure
        } catch {
            throw .badRequest(Batch.message(for: error))
        }
        do {
            let value = try command.anyAnswer(graph, people: PersonResolver(graph: graph, redacted: nil), scratch: &scratch)
            return Array((try JSONOutput.string(value) + "\n").utf8)
        } catch let error as QueryError {
            switch error {
            case .unknownPerson, .unknownPersonID, .unknownEvent: throw .notFound(error.description)
            default: throw .badRequest(error.description)
            }
        } catch {
            throw .badRequest("\(error)")
        }
    }
}

/// Parsed queries by their words, at most `limit` (emptied when full).
final class ParsedQueries: @unchecked Sendable {
    private var queries: [String: any QueryCommand] = [:]
    private let lock = NSLock()
    private let limit = 4096

    func get(_ key: String) -> (any QueryCommand)? {
        lock.lock()
        defer { lock.unlock() }
        return queries[key]
    }

    func put(_ key: String, _ query: any QueryCommand) {
        lock.lock()
        defer { lock.unlock() }
        if queries.count >= limit { queries.removeAll(keepingCapacity: true) }
        queries[key] = query
    }
}
