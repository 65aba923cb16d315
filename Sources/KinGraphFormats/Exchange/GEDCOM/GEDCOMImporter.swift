import Foundation
import KinGraphCore

/// Reads a GEDCOM 5.5.1 or 7.0 family tree into an archive.
///
/// `INDI` records become people (the `/surname/` slashes dropped; further names,
/// `NICK`, `ROMN`/`FONE`/`TRAN` variants become aliases, and a Hangul name goes to
/// `hangul`), with `SEX`, the first `BIRT DATE` as `born` (see `GEDCOMDate`), the
/// last `RESI PLAC` as `home`, and `RESN CONFIDENTIAL` or `PRIVACY` as protected.
/// `FAM` records give a `spouse` tie between the partners and a `parent` tie from
/// each partner to each `CHIL` (children with no recorded parent become siblings);
/// `ASSO` gives a `friend`, `neighbour` or `associate` tie; `SOUR` records become
/// `document` sources, cited wherever a record's lines point at them. Records that
/// cite none rest on one synthesised source for the file. Everything else is
/// listed as not mapped, with its first line.
///
///     let result = try GEDCOMImporter().read(data, fileName: "tree.ged")
///     if result.hasErrors { … } else { write(result.archive) }
public struct GEDCOMImporter: Sendable {
    public var limits: ImportLimits

    public init(limits: ImportLimits = .standard) { self.limits = limits }

    /// The archive in `data`, with a note for everything not mapped. Throws only
    /// when the file cannot be read at all (too large, a character set KinGraph
    /// does not read); a broken file gives error notes instead.
    /// - Complexity: O(lines + people + family members²) without recursion.
    public func read(_ data: Data, fileName: String) throws(ExchangeError) -> ExchangeImport {
        let text = try GEDCOMText(data, file: fileName, limits: limits)
        let tree = GEDCOMTree(text.lines)
        var mapper = GEDCOMMapper(tree: tree, fileName: fileName)
        mapper.notes = text.notes + tree.notes
        mapper.map()
        var archive = Archive(
            title: "Imported from \(fileName)", sources: mapper.sources, people: mapper.people, ties: mapper.ties)
        var notes = mapper.notes
        var imported = ImportSources(fileName: fileName, existing: archive.sources.map(\.id))
        for i in archive.people.indices { archive.people[i].sources = imported.orFile(archive.people[i].sources) }
        for i in archive.ties.indices { archive.ties[i].sources = imported.orFile(archive.ties[i].sources) }
        imported.finish(&archive, &notes)
        notes += mapper.unmapped.notes
        return ExchangeImport(archive: archive, notes: notes)
    }
}

/// The state of one GEDCOM import: the tree, what has been mapped so far, notes.
struct GEDCOMMapper {
    let tree: GEDCOMTree
    let fileName: String
    var notes: [ExchangeNote] = []
    var unmapped = GEDCOMUnmapped()
    var sources: [Source] = []
    var people: [Person] = []
    var ties: [Tie] = []
    /// Lines of the ties, for the notes about them.
    var tieLines: [Int] = []
    /// xref → (record tag, node index)
    var records: [String: (tag: String, node: Int)] = [:]
    var sourceIDs: Set<String> = []

    init(tree: GEDCOMTree, fileName: String) {
        self.tree = tree
        self.fileName = fileName
    }

    /// Maps every record, then checks the ties.
    mutating func map() {
        indexRecords()
        for record in tree.records where tree.nodes[record].tag == "SOUR" { mapSource(record) }
        for record in tree.records {
            let node = tree.nodes[record]
            switch node.tag {
            case "HEAD", "TRLR", "SOUR": continue
            case "INDI": mapPerson(record)
            case "FAM": mapFamily(record)
            default: unmapped.add("record", node.tag, line: node.line)
            }
        }
        dropCycles()
        mergeDuplicateTies()
    }

    private mutating func indexRecords() {
        for record in tree.records {
            let node = tree.nodes[record]
            guard let xref = node.xref else {
                if ["INDI", "FAM", "SOUR"].contains(node.tag) {
                    notes.append(ExchangeNote(.warning, line: node.line, "this \(node.tag) record has no @ID@ and is left out"))
                }
                continue
            }
            if let seen = records[xref] {
                notes.append(
                    ExchangeNote(
                        .warning, line: node.line,
                        "@\(xref)@ is already the id of the \(seen.tag) record at line \(tree.nodes[seen.node].line); this \(node.tag) record is left out"
                    ))
                continue
            }
            records[xref] = (node.tag, record)
        }
    }

    /// The record `pointer` names when it exists with `tag`; otherwise a warning
    /// naming `line` and `nil`.
    mutating func resolve(_ pointer: String, _ tag: String, line: Int, what: String) -> String? {
        guard let record = records[pointer] else {
            notes.append(ExchangeNote(.warning, line: line, "@\(pointer)@ points to no record; \(what) is left out"))
            return nil
        }
        guard record.tag == tag else {
            notes.append(ExchangeNote(.warning, line: line, "@\(pointer)@ is a \(record.tag) record, not \(tag); \(what) is left out"))
            return nil
        }
        return pointer
    }

    /// The sources cited anywhere under `node` (pointers to SOUR records, and
    /// inline `SOUR text` citations, which become sources of their own).
    mutating func citations(under node: Int) -> [String] {
        var out: [String] = []
        for n in tree.subtree(node).dropFirst() where tree.nodes[n].tag == "SOUR" {
            let citation = tree.nodes[n]
            if let pointer = citation.value.gedcomPointer {
                if let id = resolve(pointer, "SOUR", line: citation.line, what: "the citation"), !out.contains(id) {
                    out.append(id)
                }
            } else if !citation.value.isEmpty {
                let id = "SOUR-L\(citation.line)"
                if !sourceIDs.contains(id) {
                    sourceIDs.insert(id)
                    sources.append(Source(id: id, kind: .document, title: Self.oneLine(citation.value)))
                }
                if !out.contains(id) { out.append(id) }
            }
        }
        return out
    }

    private mutating func mapSource(_ record: Int) {
        let node = tree.nodes[record]
        guard let xref = node.xref, records[xref]?.node == record else { return }
        var title: String?
        var date: FuzzyDate?
        for child in node.children {
            let c = tree.nodes[child]
            switch c.tag {
            case "TITL": title = Self.oneLine(c.value)
            case "ABBR": if title == nil { title = Self.oneLine(c.value) }
            case "DATA":
                if let d = tree.child(child, "DATE") { date = self.date(tree.nodes[d]) }
            case "DATE": date = self.date(c)
            default: unmapped.add("SOUR", c.tag, line: c.line)
            }
        }
        sourceIDs.insert(xref)
        sources.append(Source(id: xref, kind: .document, date: date, title: title?.isEmpty == false ? title : nil))
    }

    /// The fuzzy date of a DATE node, or `nil` with a note saying why not.
    mutating func date(_ node: GEDCOMTree.Node) -> FuzzyDate? {
        let value = node.value.trimmingCharacters(in: " \t")
        if value.isEmpty { return nil }
        switch GEDCOMDate.edtf(value) {
        case .success(let text):
            return try? FuzzyDate(parsing: text)
        case .failure(let problem):
            notes.append(ExchangeNote(.warning, line: node.line, "date left out: \(problem.reason)"))
            return nil
        }
    }

    /// `text` on one line, whitespace runs collapsed.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    mutating func addTie(_ tie: Tie, line: Int) {
        guard tie.from != tie.to else {
            notes.append(ExchangeNote(.warning, line: line, "a \(tie.kind.rawValue) tie from @\(tie.from)@ to themself is left out"))
            return
        }
        ties.append(tie)
        tieLines.append(line)
    }
}
