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

    /// The query commands by name.
    static let commands: [String: any AnswerableCommand.Type] = [
        "because-of": BecauseOf.self, "implicated": Implicated.self, "path": Path.self, "neighbors": Neighbors.self,
        "timeline": Timeline.self, "stats": Stats.self, "find": Find.self,
    ]

    func answer(_ query: String, words: [String], graph: ArchiveGraph, scratch: inout GraphScratch)
        throws(ExplorerFailure) -> [UInt8]
    {
        let command: any BatchAnswerable
        do {
            // The query command's own parser (not the root's: that builds every
            // subcommand's parser on each call).
            guard let type = Self.commands[query] else { throw ExplorerFailure.badRequest("'\(query)' is not a query") }
            let key = ([query] + words).joined(separator: "\u{1F}")
            if let known = parsed.get(key) {
                command = known
            } else {
                command = try type.parseAnswerable(["--archive", archivePath] + words)
                parsed.put(key, command)
            }
        } catch let failure as ExplorerFailure {
            throw failure
        } catch {
            throw .badRequest(Batch.message(for: error))
        }
        do {
            let value = try command.answer(graph, people: PersonResolver(graph: graph, redacted: nil), scratch: &scratch)
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

/// A query command that parses its own words into an answerable query.
protocol AnswerableCommand: ParsableCommand, BatchAnswerable {}

extension AnswerableCommand {
    static func parseAnswerable(_ words: [String]) throws -> any BatchAnswerable { try parse(words) }
}

extension BecauseOf: AnswerableCommand {}
extension Implicated: AnswerableCommand {}
extension Path: AnswerableCommand {}
extension Neighbors: AnswerableCommand {}
extension Timeline: AnswerableCommand {}
extension Stats: AnswerableCommand {}
extension Find: AnswerableCommand {}

/// Parsed queries by their words, at most `limit` (emptied when full).
final class ParsedQueries: @unchecked Sendable {
    private var queries: [String: any BatchAnswerable] = [:]
    private let lock = NSLock()
    private let limit = 4096

    func get(_ key: String) -> (any BatchAnswerable)? {
        lock.lock()
        defer { lock.unlock() }
        return queries[key]
    }

    func put(_ key: String, _ query: any BatchAnswerable) {
        lock.lock()
        defer { lock.unlock() }
        if queries.count >= limit { queries.removeAll(keepingCapacity: true) }
        queries[key] = query
    }
}
