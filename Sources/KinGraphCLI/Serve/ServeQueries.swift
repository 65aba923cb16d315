import ArgumentParser
import KinGraphCore
import KinGraphServer

/// The explorer's API answers, from the query commands themselves: the words are
/// parsed by the command's own argument parser and answered as `batch` answers them,
/// then printed as `--json` prints them. PERSON resolves in the graph as shown (a
/// protected person only by pseudonym unless the server reveals them).
struct ServeQueries: ExplorerQueries {
    let archivePath: String

    func answer(_ query: String, words: [String], graph: ArchiveGraph, scratch: inout GraphScratch)
        throws(ExplorerFailure) -> [UInt8]
    {
        let command: any BatchAnswerable
        do {
            guard Batch.queryNames.contains(query),
                let parsed = try KinGraphCommand.parseAsRoot([query, "--archive", archivePath] + words) as? any BatchAnswerable
            else { throw ExplorerFailure.badRequest("'\(query)' is not a query") }
            command = parsed
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
            case .unknownPerson, .unknownEvent: throw .notFound(error.description)
            default: throw .badRequest(error.description)
            }
        } catch {
            throw .badRequest("\(error)")
        }
    }
}
