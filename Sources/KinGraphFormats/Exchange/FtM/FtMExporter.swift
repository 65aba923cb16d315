import KinGraphCore

/// Writes an archive as FollowTheMoney entities, one JSON object per line, as
/// Aleph, OpenSanctions' tools and the `followthemoney` library read them.
///
/// Sources become `Document`s (`fileName` = source id), people `Person`s, family
/// ties `Family` (relationship from the `person`'s side: `relative` is the person's
/// son, wife, …), other ties `Associate`, events `Event` (`involved` = the person),
/// links `UnknownLink` (`subject` = cause, `object` = effect, `role` = link kind),
/// and each source of a person or event a `Documentation`; every record also cites
/// its sources in `proof`. What FtM has no property for (event kind, agency,
/// facility, reason, case, confidence, exact fuzzy dates, `protected`) travels in
/// `keywords` (or `description` on ties and links) as `kingraph:NAME=VALUE`, so
/// `FtMImporter` reads the archive back unchanged.
public struct FtMExporter: Sendable {
    public init() {}

    /// The JSON lines for `archive` (each line ends with a newline).
    /// - Complexity: O(records + total sources).
    public func export(_ archive: Archive) -> String {
        var lines: [String] = []
        for e in entities(archive) { lines.append(e.jsonLine) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The entities for `archive`, in the order they are written.
    func entities(_ archive: Archive) -> [FtMEntity] {
        var out: [FtMEntity] = []
        var sex: [String: Sex] = [:]
        var names: [String: String] = [:]
        for person in archive.people {
            if let s = person.sex { sex[person.id] = s }
            names[person.id] = person.name
        }
        for source in archive.sources { out.append(document(source)) }
        for person in archive.people { out.append(self.person(person)) }
        for (i, tie) in archive.ties.enumerated() { out.append(self.tie(tie, number: i + 1, relativeSex: sex[tie.to])) }
        for event in archive.events { out.append(self.event(event, personName: names[event.person])) }
        for (i, link) in archive.links.enumerated() { out.append(self.link(link, number: i + 1)) }
        var n = 0
        for person in archive.people {
            for source in person.sources {
                n += 1
                out.append(documentation(n, entity: FtMVocabulary.entityID("person", person.id), source: source))
            }
        }
        for event in archive.events {
            for source in event.sources {
                n += 1
                out.append(documentation(n, entity: FtMVocabulary.entityID("event", event.id), source: source))
            }
        }
        return out
    }

    private func proof(_ sources: some Collection<String>) -> [String] { sources.map { FtMVocabulary.entityID("source", $0) } }

    /// Keywords holding a fuzzy date exactly when FtM's own date cannot.
    private func exactDate(_ name: String, _ date: FuzzyDate?, shown: String?) -> String? {
        guard let date, date.text != shown else { return nil }
        return "kingraph:\(name)=\(date.text)"
    }

    private func document(_ source: Source) -> FtMEntity {
        var e = FtMEntity(id: FtMVocabulary.entityID("source", source.id), schema: "Document")
        e.add("fileName", source.id)
        e.add("title", source.title)
        let date = source.date.flatMap(FtMVocabulary.date)
        e.add("date", date)
        e.add("keywords", "kingraph:kind=\(source.kind.rawValue)")
        e.add("keywords", exactDate("date", source.date, shown: date))
        return e
    }

    private func person(_ person: Person) -> FtMEntity {
        var e = FtMEntity(id: FtMVocabulary.entityID("person", person.id), schema: "Person")
        e.add("name", FtMText.name(person.name))
        e.add("name", person.hangul.map(FtMText.name))
        e.add("alias", person.aliases.map(FtMText.name))
        let born = person.born.flatMap(FtMVocabulary.date)
        e.add("birthDate", born)
        switch person.sex {
        case .female: e.add("gender", "female")
        case .male: e.add("gender", "male")
        case .other: e.add("gender", "other")
        case nil: break
        }
        e.add("address", person.home.map(FtMText.line))
        e.add("status", person.status?.rawValue)
        e.add("proof", proof(person.sources))
        e.add("keywords", exactDate("born", person.born, shown: born))
        if person.isProtected { e.add("keywords", "kingraph:protected") }
        return e
    }

    private func tie(_ tie: Tie, number: Int, relativeSex: Sex?) -> FtMEntity {
        let from = FtMVocabulary.entityID("person", tie.from), to = FtMVocabulary.entityID("person", tie.to)
        var e: FtMEntity
        if tie.kind.isFamily {
            e = FtMEntity(id: "tie-\(number)", schema: "Family")
            e.add("person", from)
            e.add("relative", to)
            e.add("relationship", FtMRelationship.word(tie.kind, relativeSex: relativeSex))
        } else {
            e = FtMEntity(id: "tie-\(number)", schema: "Associate")
            e.add("person", from)
            e.add("associate", to)
            e.add("relationship", tie.kind.rawValue)
        }
        e.add("description", tie.confidence.map { "kingraph:confidence=\($0.rawValue)" })
        e.add("proof", proof(tie.sources))
        return e
    }

    private func event(_ event: Event, personName: String?) -> FtMEntity {
        var e = FtMEntity(id: FtMVocabulary.entityID("event", event.id), schema: "Event")
        e.add("name", FtMText.name(event.kind.rawValue + (personName.map { " of " + $0 } ?? "")))
        var shown: String?
        if let date = event.date {
            if let single = FtMVocabulary.date(date) {
                e.add("date", single)
                shown = single
            } else {
                e.add("startDate", FtMVocabulary.day(date.earliest))
                e.add("endDate", FtMVocabulary.day(date.latest))
            }
        }
        e.add("location", event.place.map(FtMText.line))
        if let country = event.country?.lowercased(), FtMVocabulary.countries.contains(country) {
            e.add("country", country)
        } else {
            e.add("keywords", event.country.map { "kingraph:country=\($0)" })
        }
        e.add("involved", FtMVocabulary.entityID("person", event.person))
        e.add("summary", FtMText.summary(event))
        e.add("proof", proof(event.sources))
        e.add("keywords", "kingraph:kind=\(event.kind.rawValue)")
        e.add("keywords", exactDate("date", event.date, shown: shown))
        e.add("keywords", event.agency.map { "kingraph:agency=\($0)" })
        e.add("keywords", event.facility.map { "kingraph:facility=\($0)" })
        e.add("keywords", event.reason.map { "kingraph:reason=\($0.rawValue)" })
        e.add("keywords", event.caseID.map { "kingraph:case=\($0)" })
        e.add("keywords", event.confidence.map { "kingraph:confidence=\($0.rawValue)" })
        return e
    }

    private func link(_ link: Link, number: Int) -> FtMEntity {
        var e = FtMEntity(id: "link-\(number)", schema: "UnknownLink")
        e.add("subject", FtMVocabulary.entityID("event", link.cause))
        e.add("object", FtMVocabulary.entityID("event", link.effect))
        e.add("role", link.kind.rawValue)
        e.add("description", link.confidence.map { "kingraph:confidence=\($0.rawValue)" })
        e.add("proof", proof(link.sources))
        return e
    }

    private func documentation(_ n: Int, entity: String, source: String) -> FtMEntity {
        var e = FtMEntity(id: "documentation-\(n)", schema: "Documentation")
        e.add("document", FtMVocabulary.entityID("source", source))
        e.add("entity", entity)
        e.add("role", "source")
        return e
    }
}
