import Foundation
import KinGraphCore

/// Reads GraphML back into an archive: whole for files `GraphMLExporter` wrote,
/// and a best effort for others (a node without a `record` attribute is a person
/// named by its `name` or `label`; an edge between two people is a tie of its
/// `kind` when that is a tie kind, else `associate`).
///
/// Confidence is written as the effective value; it is kept only where it differs
/// from what the number of sources gives.
///
///     let result = try GraphMLImporter().read(data, fileName: "tree.graphml")
public struct GraphMLImporter: Sendable {
    public var limits: ImportLimits

    public init(limits: ImportLimits = .standard) { self.limits = limits }

    /// The archive in `data`, with a note for everything not mapped.
    /// - Complexity: O(nodes + edges).
    public func read(_ data: Data, fileName: String) throws(ExchangeError) -> ExchangeImport {
        guard data.count <= limits.maxFileBytes else {
            throw ExchangeError(file: fileName, "the file has \(data.count) bytes, over the limit of \(limits.maxFileBytes)")
        }
        let document = try GraphMLDocument(data, file: fileName)
        var notes = document.notes
        var archive = Archive(title: document.graph["title"] ?? "Imported from \(fileName)")
        archive.sources = Self.sources(document.graph["sources"], notes: &notes)
        var known = Set(archive.sources.map(\.id))
        var people: [String: String] = [:]  // node id → person id
        var events: [String: String] = [:]  // node id → event id
        for node in document.nodes {
            let v = node.values
            let id = v["ref"] ?? node.id
            let sources = Self.list(v["sources"])
            if v["record"] == "event" {
                guard let kind = v["kind"].flatMap(EventKind.init(rawValue:)) else {
                    notes.append(ExchangeNote(.warning, line: node.line, "event node \(node.id) has no known kind; left out"))
                    continue
                }
                events[node.id] = id
                archive.events.append(
                    Event(
                        id: id, person: v["person"] ?? "", kind: kind, date: v["date"].flatMap { try? FuzzyDate(parsing: $0) },
                        place: v["place"], country: v["country"], agency: v["agency"], facility: v["facility"],
                        reason: v["reason"].flatMap(Reason.init(rawValue:)), caseID: v["case"],
                        confidence: Self.confidence(v["confidence"], sources), sources: SourceList(sources)))
            } else {
                people[node.id] = id
                archive.people.append(
                    Person(
                        id: id, name: v["name"] ?? v["label"] ?? node.id, hangul: v["hangul"], aliases: Self.list(v["aliases"]),
                        sex: v["sex"].flatMap(Sex.init(rawValue:)), born: v["born"].flatMap { try? FuzzyDate(parsing: $0) },
                        home: v["home"], status: v["status"].flatMap(PersonStatus.init(rawValue:)),
                        isProtected: v["protected"] == "true", sources: SourceList(sources)))
            }
        }
        var eventIndex: [String: Int] = [:]
        for (i, e) in archive.events.enumerated() { eventIndex[e.id] = i }
        for edge in document.edges {
            let v = edge.values
            let sources = Self.list(v["sources"])
            let confidence = Self.confidence(v["confidence"], sources)
            switch v["record"] {
            case "link":
                guard let cause = events[edge.source], let effect = events[edge.target],
                    let kind = v["kind"].flatMap(LinkKind.init(rawValue:))
                else {
                    notes.append(ExchangeNote(.warning, line: edge.line, "link edge \(edge.id) does not join two events with a link kind; left out"))
                    continue
                }
                archive.links.append(Link(cause: cause, effect: effect, kind: kind, confidence: confidence, sources: SourceList(sources)))
            case "event":
                if let person = people[edge.source], let event = events[edge.target], let i = eventIndex[event], archive.events[i].person.isEmpty {
                    archive.events[i].person = person
                }
            default:
                guard let a = people[edge.source], let b = people[edge.target], a != b else {
                    notes.append(ExchangeNote(.warning, line: edge.line, "edge \(edge.id) does not join two different people; left out"))
                    continue
                }
                let kind = v["kind"].flatMap(TieKind.init(rawValue:)) ?? .associate
                archive.ties.append(Tie(from: a, to: b, kind: kind, confidence: confidence, sources: SourceList(sources)))
            }
        }
        let orphans = archive.events.filter { $0.person.isEmpty }
        for e in orphans { notes.append(ExchangeNote(.warning, "event \(e.id) has no person; left out")) }
        archive.events.removeAll { $0.person.isEmpty }
        var imported = ImportSources(fileName: fileName, existing: known)
        for i in archive.people.indices { archive.people[i].sources = imported.orFile(archive.people[i].sources) }
        for i in archive.ties.indices { archive.ties[i].sources = imported.orFile(archive.ties[i].sources) }
        for i in archive.events.indices { archive.events[i].sources = imported.orFile(archive.events[i].sources) }
        for i in archive.links.indices { archive.links[i].sources = imported.orFile(archive.links[i].sources) }
        imported.finish(&archive, &notes)
        // Sources cited but not described (GraphML from elsewhere): kept, of kind `other`.
        known = Set(archive.sources.map(\.id))
        var cited: [String] = []
        for ids in archive.people.map(\.sources) + archive.ties.map(\.sources) + archive.events.map(\.sources) + archive.links.map(\.sources) {
            for id in ids where !known.contains(id) {
                known.insert(id)
                cited.append(id)
            }
        }
        for id in cited { archive.sources.append(Source(id: id, kind: .other)) }
        if !cited.isEmpty {
            notes.append(ExchangeNote(.warning, "\(cited.count) cited source\(cited.count == 1 ? " is" : "s are") not described in the file; kept as kind 'other': \(cited.prefix(10).joined(separator: ", "))"))
        }
        return ExchangeImport(archive: archive, notes: notes)
    }

    /// `a;b;c` → `[a, b, c]`; empty → `[]`.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { String($0) }.filter { !$0.isEmpty }
    }

    /// `value` as an explicit confidence, or `nil` when it is what `sources` give anyway.
    static func confidence(_ value: String?, _ sources: [String]) -> Confidence? {
        guard let c = value.flatMap(Confidence.init(rawValue:)) else { return nil }
        return c == Confidence.effective(nil, sources: sources) ? nil : c
    }

    /// The sources in the graph's `sources` attribute (a JSON array).
    static func sources(_ json: String?, notes: inout [ExchangeNote]) -> [Source] {
        guard let json, let data = json.data(using: .utf8) else { return [] }
        guard let items = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            notes.append(ExchangeNote(.warning, "the graph's sources attribute is not a JSON array of sources; ignored"))
            return []
        }
        return items.compactMap { item in
            guard let id = item["id"] as? String else { return nil }
            return Source(
                id: id, kind: (item["kind"] as? String).flatMap(SourceKind.init(rawValue:)) ?? .other,
                date: (item["date"] as? String).flatMap { try? FuzzyDate(parsing: $0) }, title: item["title"] as? String)
        }
    }
}
