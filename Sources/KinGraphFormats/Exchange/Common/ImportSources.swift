import KinGraphCore

/// Gives every imported record a source: records that cite none rest on one
/// synthesised source standing for the imported file itself (`IMPORT-1`, or the
/// next free `IMPORT-n` when the file already uses that id).
struct ImportSources {
    /// The synthesised source, once a record needed it.
    private(set) var synthesised: Source?
    /// How many records were given the synthesised source.
    private(set) var count = 0
    private let fileName: String
    private let taken: Set<String>

    /// - Parameters:
    ///   - fileName: the imported file's name, used as the source's title.
    ///   - existing: source ids already in the archive.
    init(fileName: String, existing: some Sequence<String>) {
        self.fileName = fileName
        self.taken = Set(existing)
    }

    /// `sources` when not empty, else the synthesised source's id.
    mutating func orFile(_ sources: SourceList) -> SourceList {
        if !sources.isEmpty { return sources }
        count += 1
        if let synthesised { return SourceList(one: synthesised.id) }
        var n = 1
        while taken.contains("IMPORT-\(n)") { n += 1 }
        let source = Source(id: "IMPORT-\(n)", kind: .document, title: fileName)
        synthesised = source
        return SourceList(one: source.id)
    }

    /// Adds the synthesised source (if any) to `archive` and says so in `notes`.
    func finish(_ archive: inout Archive, _ notes: inout [ExchangeNote]) {
        guard let synthesised else { return }
        archive.sources.append(synthesised)
        notes.append(
            ExchangeNote(
                .warning,
                "\(count) record\(count == 1 ? "" : "s") cite no source; they rest on \(synthesised.id), a document source standing for '\(fileName)'"
            ))
    }
}
