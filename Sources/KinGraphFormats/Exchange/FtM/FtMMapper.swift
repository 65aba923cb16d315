import KinGraphCore

/// The state of one FtM import. Entities are mapped in dependency order (sources,
/// people, then ties, events, links, documentation) so references resolve
/// whatever order the lines came in.
struct FtMMapper {
    let fileName: String
    var archive = Archive()
    var notes: [ExchangeNote] = []
    /// FtM entity id → archive id, per record kind.
    var sourceIDs: [String: String] = [:]
    var personIDs: [String: String] = [:]
    var eventIDs: [String: [String]] = [:]
    var personIndex: [String: Int] = [:]
    var eventIndex: [String: Int] = [:]
    /// The line of each link's entity, for notes about it.
    var linkLines: [Int] = []
    /// schema → (count, first line) of entities not mapped.
    var skipped: [String: (count: Int, line: Int)] = [:]

    init(fileName: String) { self.fileName = fileName }

    mutating func map(_ entities: [FtMLines.Read]) {
        for read in entities where FtMSchemata.documents.contains(read.entity.schema) { mapSource(read) }
        for read in entities where read.entity.schema == "Person" { mapPerson(read) }
        for read in entities {
            switch read.entity.schema {
            case "Family", "Associate": mapTie(read)
            case "Event": mapEvent(read)
            default: break
            }
        }
        for read in entities {
            switch read.entity.schema {
            case "UnknownLink": mapLink(read)
            case "Documentation": mapDocumentation(read)
            case "Person", "Family", "Associate", "Event": break
            case let s where FtMSchemata.documents.contains(s): break
            default: skip(read)
            }
        }
        dropLinkCycles()
    }

    /// Leaves out each link that would close a loop of causes (which no archive can
    /// hold), with a warning naming its line; what remains has no cycle.
    /// - Complexity: O(events + links), no recursion.
    mutating func dropLinkCycles() {
        let cycles = ParentCycles.find(archive.links.map { ($0.cause, $0.effect) })
        guard !cycles.isEmpty else { return }
        var drop = Set<Int>()
        for cycle in cycles {
            drop.insert(cycle.edge)
            let link = archive.links[cycle.edge]
            let shown = cycle.people.count > 8
                ? cycle.people.prefix(4).joined(separator: " → ") + " → … → " + (cycle.people.last ?? "")
                : cycle.people.joined(separator: " → ")
            notes.append(
                ExchangeNote(
                    .warning, line: linkLines[cycle.edge],
                    "the link from event \(link.cause) to \(link.effect) would close a loop of causes (\(shown)); it is left out"))
        }
        archive.links = archive.links.indices.filter { !drop.contains($0) }.map { archive.links[$0] }
        linkLines = linkLines.indices.filter { !drop.contains($0) }.map { linkLines[$0] }
    }

    mutating func skip(_ read: FtMLines.Read) {
        let seen = skipped[read.entity.schema]
        skipped[read.entity.schema] = ((seen?.count ?? 0) + 1, seen?.line ?? read.line)
    }

    /// One warning per skipped schema, by first line.
    var skippedNotes: [ExchangeNote] {
        skipped.sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }.map { schema, value in
            ExchangeNote(
                .warning, line: value.line,
                "\(value.count) \(schema) entit\(value.count == 1 ? "y" : "ies") skipped (first here): KinGraph holds people, their ties, events, links and sources")
        }
    }

    /// The `kingraph:NAME=VALUE` keyword values of `entity` under `property`.
    static func extra(_ entity: FtMEntity, _ name: String, in property: String = "keywords") -> String? {
        let prefix = "kingraph:\(name)="
        return entity.properties[property]?.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// A date from FtM (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a timestamp: its day).
    static func date(_ value: String?) -> FuzzyDate? {
        guard let value else { return nil }
        return try? FuzzyDate(parsing: String(value.prefix(10)))
    }

    /// The archive ids of the sources in `proof`, with a note for each that is not a source.
    mutating func proof(_ read: FtMLines.Read) -> [String] {
        var out: [String] = []
        for ref in read.entity.properties["proof"] ?? [] {
            if let id = sourceIDs[ref] {
                if !out.contains(id) { out.append(id) }
            } else {
                notes.append(ExchangeNote(.warning, line: read.line, "entity \(read.entity.id) cites \(ref) as proof, which is not a document here; left out"))
            }
        }
        return out
    }

    private mutating func mapSource(_ read: FtMLines.Read) {
        let e = read.entity
        let id = FtMVocabulary.archiveID("source", e.id) ?? e.id
        let kind =
            Self.extra(e, "kind").flatMap(SourceKind.init(rawValue:))
            ?? (FtMSchemata.media.contains(e.schema) ? .media : .document)
        let exact = Self.extra(e, "date").flatMap { try? FuzzyDate(parsing: $0) }
        let date = exact ?? Self.date(e.properties["date"]?.first ?? e.properties["publishedAt"]?.first ?? e.properties["authoredAt"]?.first)
        let title = e.properties["title"]?.first ?? e.properties["name"]?.first
        sourceIDs[e.id] = id
        archive.sources.append(Source(id: id, kind: kind, date: date, title: title))
    }

    private mutating func mapPerson(_ read: FtMLines.Read) {
        let e = read.entity
        let id = FtMVocabulary.archiveID("person", e.id) ?? e.id
        let names = e.properties["name"] ?? []
        let hangul = names.first(where: GEDCOMMapper.isHangul)
        let romanised = names.first { !GEDCOMMapper.isHangul($0) }
        var aliases: [String] = []
        for n in names + (e.properties["alias"] ?? []) + (e.properties["weakAlias"] ?? [])
        where n != romanised && n != hangul && !aliases.contains(n) {
            aliases.append(n)
        }
        var name = romanised ?? hangul ?? ""
        if name.isEmpty {
            name = "Unnamed \(id)"
            notes.append(ExchangeNote(.warning, line: read.line, "person \(e.id) has no name; named '\(name)'"))
        }
        let sex: Sex? =
            switch e.properties["gender"]?.first {
            case "male": .male
            case "female": .female
            case "other": .other
            default: nil
            }
        let born = Self.extra(e, "born").flatMap { try? FuzzyDate(parsing: $0) } ?? Self.date(e.properties["birthDate"]?.first)
        var status: PersonStatus?
        if let s = e.properties["status"]?.first {
            status = PersonStatus(rawValue: s)
            if status == nil { notes.append(ExchangeNote(.warning, line: read.line, "person \(e.id): status '\(s)' is not a KinGraph status; left out")) }
        }
        let person = Person(
            id: id, name: name, hangul: hangul, aliases: aliases, sex: sex, born: born,
            home: e.properties["address"]?.first, status: status,
            isProtected: e.properties["keywords"]?.contains("kingraph:protected") ?? false, sources: SourceList(proof(read)))
        if personIndex[id] != nil {
            notes.append(ExchangeNote(.warning, line: read.line, "a second person reads as id \(id); this one is left out"))
            return
        }
        personIDs[e.id] = id
        personIndex[id] = archive.people.count
        archive.people.append(person)
    }
}
