import KinGraphCore

/// A record with `sources`, as the CSV reader checks it.
protocol SourcedRecord {
    var sources: SourceList { get }
    /// The id problems about the record name (people and events have one).
    var problemID: String? { get }
}

extension Source: SourcedRecord {
    var sources: SourceList { [] }
    var problemID: String? { id }
}
extension Person: SourcedRecord { var problemID: String? { id } }
extension Tie: SourcedRecord { var problemID: String? { nil } }
extension Event: SourcedRecord { var problemID: String? { id } }
extension Link: SourcedRecord { var problemID: String? { nil } }

/// The validator's check of a record's `sources`, made by the CSV reader while the
/// record is at hand (its source list was just made), with the same problems the
/// validator would report, at the record's place. The validator then skips it
/// (`ReadResult.sourcesChecked`, a stage input of `ArchiveValidator.check`).
struct SourceCheck: Sendable {
    /// The source ids that exist; `nil` when `sources.csv` could not be read (then
    /// only a missing list is reported).
    let sources: IDTable?
    /// Ids of source rows that could not be read: not reported again.
    let skipped: Set<String>

    /// Checks the sources of the record of `kind` at `index`, from `line` of
    /// `fileName`; `id` is the record's id for people and events.
    ///
    /// - Complexity: O(number of sources), one lookup each.
    func check(
        _ ids: SourceList, kind: RecordKind, index: Int, id: String?, line: Int, fileName: String,
        into findings: inout [Finding]
    ) {
        if ids.isEmpty {
            report(ReferenceCheck.noSources(kind), kind, index, id, line, fileName, &findings)
            return
        }
        guard let sources else { return }
        for source in ids where sources[source] == nil && !skipped.contains(source) {
            report(ReferenceCheck.unknownSource(source), kind, index, id, line, fileName, &findings)
        }
    }

    private func report(
        _ message: String, _ kind: RecordKind, _ index: Int, _ id: String?, _ line: Int, _ fileName: String,
        _ findings: inout [Finding]
    ) {
        findings.append(
            Finding(
                order: (kind.rawValue, line),
                problem: Problem(
                    .error, place: "\(fileName):\(line)", recordID: id, message: message,
                    record: RecordRef(kind, index), field: "sources")))
    }
}
