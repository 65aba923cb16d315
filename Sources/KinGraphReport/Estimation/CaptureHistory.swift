import KinGraphCore
import KinGraphFormats

/// What a capture history's lists are: the kinds of source, each source, or the
/// documenting organisation.
public enum CaptureLists: String, Sendable, CaseIterable {
    case sourceKind = "source-kind"
    case source
    case organisation
}

/// The table multiple systems estimation takes (HRDAG's LCMCR and dga R packages):
/// one row per punished person, one 0/1 column per list saying whether that list
/// documents them, and strata columns.
///
/// A person is documented by a list when a source of that list is cited on their
/// person record or on one of their punitive events. Strata come from their first
/// punitive event, as in `stats`: `era` (before or after Kim Jong Un's accession,
/// 2011-12-17, or uncertain) and `place` (KP, abroad or unknown). One person record
/// is one row: run record linkage (`kingraph match --apply`) first, so that one
/// person documented twice is not counted as two.
///
///     let csv = try CaptureHistory(lists: .sourceKind).csv(archive)
public struct CaptureHistory: Sendable {
    public var lists: CaptureLists

    public init(lists: CaptureLists = .sourceKind) {
        self.lists = lists
    }

    /// The table: header (`person`, the lists, `era`, `place`) and one row per person.
    ///
    /// - Throws: `ReportError.unsupported` for `organisation`, which the archive does
    ///   not record.
    /// - Complexity: O(p + e + s log s).
    public func table(_ archive: Archive) throws(ReportError) -> (header: [String], rows: [[String]]) {
        if lists == .organisation {
            throw .unsupported(
                "the archive records no organisation for its sources (docs/ARCHIVE.md): use --lists source-kind or --lists source")
        }
        let index = ReportIndex(archive)
        var documented: [(person: Person, lists: Set<String>, first: Event)] = []
        for person in archive.people {
            let punitive = index.punitiveEvents(of: person.id)
            guard let first = punitive.first else { continue }
            var found = Set<String>()
            for id in person.sources + punitive.flatMap(\.sources) {
                if let source = index.sources[id] { found.insert(list(of: source)) }
            }
            documented.append((person, found, first))
        }
        let used = Set(documented.flatMap(\.lists))
        let columns: [String]
        switch lists {
        case .sourceKind: columns = SourceKind.allCases.map(\.rawValue).filter(used.contains)
        default: columns = archive.sources.map(list).filter(used.contains)
        }
        let rows = documented.map { entry in
            [entry.person.id] + columns.map { entry.lists.contains($0) ? "1" : "0" }
                + [Self.era(entry.first.date), Self.place(entry.first.country)]
        }
        return (["person"] + columns + ["era", "place"], rows)
    }

    /// The table as CSV (UTF-8 without a byte-order mark, which R would read as part
    /// of the first column's name).
    public func csv(_ archive: Archive) throws(ReportError) -> [UInt8] {
        let (header, rows) = try table(archive)
        var sheet = CSVSheet(header: header, byteOrderMark: false)
        for row in rows { sheet.append(row) }
        return sheet.bytes
    }

    /// The column a source counts in: its kind, or its id made a name R keeps as it is.
    func list(of source: Source) -> String {
        switch lists {
        case .sourceKind, .organisation: return source.kind.rawValue
        case .source:
            let cleaned = String(source.id.unicodeScalars.map { s -> Character in
                ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) ? Character(s) : "_"
            })
            return "src_" + cleaned
        }
    }

    static func era(_ date: FuzzyDate?) -> String {
        switch date?.compare(to: ArchiveGraph.accession) {
        case .before: return "before-2011-12-17"
        case .after: return "after-2011-12-17"
        case .uncertain, nil: return "uncertain"
        }
    }

    static func place(_ country: String?) -> String {
        switch country?.uppercased() {
        case "KP": return "KP"
        case nil, "": return "unknown"
        default: return "abroad"
        }
    }
}
