import KinGraphCore

/// What a form's reader gives back: the records it could read, the problems it met
/// while reading, the ids of records it had to skip, and how to name the place of a
/// record for the validator's problems.
struct ReadResult {
    var archive: Archive
    var findings: [Finding]
    var skipped: ArchiveValidator.SkippedIDs
    /// The kinds whose `sources` the reader checked while reading (a speed shortcut,
    /// given to the validator as a stage input: docs/ARCHITECTURE.md).
    var sourcesChecked: Set<RecordKind> = []
    /// The sort position and place text of a record (and field) of `archive`.
    var locate: (RecordRef, _ field: String?) -> (order: (Int, Int), place: String)

    init(
        archive: Archive, findings: [Finding], skipped: ArchiveValidator.SkippedIDs,
        sourcesChecked: Set<RecordKind> = [],
        locate: @escaping (RecordRef, _ field: String?) -> (order: (Int, Int), place: String)
    ) {
        self.archive = archive
        self.findings = findings
        self.skipped = skipped
        self.sourcesChecked = sourcesChecked
        self.locate = locate
    }

    /// Every problem: the reader's, then the validator's mapped to places in the input,
    /// in reading order.
    func problems() -> [Problem] { check().problems }

    /// Every problem (as `problems()` gives them), and the archive with its references
    /// resolved by the validator.
    func check() -> (problems: [Problem], resolved: ResolvedArchive) {
        var all = findings
        let checked = ArchiveValidator.check(archive, skipped: skipped, sourcesChecked: sourcesChecked)
        for var problem in checked.problems {
            guard let record = problem.record else { continue }
            let (order, place) = locate(record, problem.field)
            problem.place = place
            all.append(Finding(order: order, problem: problem))
        }
        return (Finding.sorted(all), checked.resolved)
    }
}
