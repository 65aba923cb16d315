import KinGraphCore

extension FtMMapper {
    /// The archive id of the person `ref` names, or `nil` with a note.
    mutating func person(_ ref: String?, _ role: String, _ read: FtMLines.Read) -> String? {
        guard let ref else {
            notes.append(ExchangeNote(.warning, line: read.line, "\(read.entity.schema) \(read.entity.id) has no \(role); left out"))
            return nil
        }
        guard let id = personIDs[ref] else {
            notes.append(ExchangeNote(.warning, line: read.line, "\(read.entity.schema) \(read.entity.id): its \(role) \(ref) is not a person here; left out"))
            return nil
        }
        return id
    }

    mutating func mapTie(_ read: FtMLines.Read) {
        let e = read.entity
        let isFamily = e.schema == "Family"
        guard let a = person(e.properties["person"]?.first, "person", read),
            let b = person(e.properties[isFamily ? "relative" : "associate"]?.first, isFamily ? "relative" : "associate", read)
        else { return }
        let confidence = Self.extra(e, "confidence", in: "description").flatMap(Confidence.init(rawValue:))
        let word = e.properties["relationship"]?.first ?? ""
        var tie: Tie
        if isFamily {
            switch FtMRelationship.read(word) {
            case .child: tie = Tie(from: a, to: b, kind: .parent, sources: [])
            case .parent: tie = Tie(from: b, to: a, kind: .parent, sources: [])
            case .symmetric(let kind): tie = Tie(from: a, to: b, kind: kind, sources: [])
            }
        } else {
            let kind = TieKind(rawValue: word.lowercased() == "neighbor" ? "neighbour" : word.lowercased())
            tie = Tie(from: a, to: b, kind: kind.flatMap { $0.isFamily ? nil : $0 } ?? .associate, sources: [])
        }
        guard a != b else {
            notes.append(ExchangeNote(.warning, line: read.line, "\(e.schema) \(e.id) ties \(a) to themself; left out"))
            return
        }
        tie.confidence = confidence
        tie.sources = SourceList(proof(read))
        archive.ties.append(tie)
    }

    mutating func mapEvent(_ read: FtMLines.Read) {
        let e = read.entity
        let base = FtMVocabulary.archiveID("event", e.id) ?? e.id
        let involved = (e.properties["involved"] ?? []).filter { personIDs[$0] != nil }
        guard !involved.isEmpty else {
            notes.append(ExchangeNote(.warning, line: read.line, "event \(e.id) involves no person here; left out (a KinGraph event happens to one person)"))
            return
        }
        if involved.count > 1 {
            notes.append(ExchangeNote(.warning, line: read.line, "event \(e.id) involves \(involved.count) people; it becomes one event each (\(base), \(base)-2, …)"))
        }
        let kind = Self.extra(e, "kind").flatMap(EventKind.init(rawValue:)) ?? .other
        var date = Self.extra(e, "date").flatMap { try? FuzzyDate(parsing: $0) } ?? Self.date(e.properties["date"]?.first)
        let start = e.properties["startDate"]?.first.map { String($0.prefix(10)) }
        let end = e.properties["endDate"]?.first.map { String($0.prefix(10)) }
        if date == nil, start != nil || end != nil {
            date = try? FuzzyDate(parsing: (start ?? "") + "/" + (end ?? ""))
        }
        let country = e.properties["country"]?.first.map { $0.uppercased() } ?? Self.extra(e, "country")
        let sources = proof(read)
        for (n, ref) in involved.enumerated() {
            guard let person = personIDs[ref] else { continue }
            let id = n == 0 ? base : "\(base)-\(n + 1)"
            if eventIndex[id] != nil {
                notes.append(ExchangeNote(.warning, line: read.line, "a second event reads as id \(id); this one is left out"))
                continue
            }
            eventIndex[id] = archive.events.count
            eventIDs[e.id, default: []].append(id)
            archive.events.append(
                Event(
                    id: id, person: person, kind: kind, date: date, place: e.properties["location"]?.first,
                    country: country, agency: Self.extra(e, "agency"), facility: Self.extra(e, "facility"),
                    reason: Self.extra(e, "reason").flatMap(Reason.init(rawValue:)), caseID: Self.extra(e, "case"),
                    confidence: Self.extra(e, "confidence").flatMap(Confidence.init(rawValue:)), sources: SourceList(sources)))
        }
    }

    mutating func mapLink(_ read: FtMLines.Read) {
        let e = read.entity
        guard let subject = e.properties["subject"]?.first, let object = e.properties["object"]?.first,
            let causes = eventIDs[subject], let effects = eventIDs[object]
        else {
            skip(read)
            return
        }
        let role = e.properties["role"]?.first ?? ""
        let kind = LinkKind(rawValue: role) ?? .ledTo
        if LinkKind(rawValue: role) == nil {
            notes.append(ExchangeNote(.warning, line: read.line, "link \(e.id): role '\(role)' is not a KinGraph link kind; read as led-to"))
        }
        let confidence = Self.extra(e, "confidence", in: "description").flatMap(Confidence.init(rawValue:))
        let sources = proof(read)
        for cause in causes {
            for effect in effects where cause != effect {
                archive.links.append(Link(cause: cause, effect: effect, kind: kind, confidence: confidence, sources: SourceList(sources)))
                linkLines.append(read.line)
            }
        }
    }

    mutating func mapDocumentation(_ read: FtMLines.Read) {
        let e = read.entity
        guard let document = e.properties["document"]?.first, let source = sourceIDs[document],
            let entity = e.properties["entity"]?.first
        else {
            skip(read)
            return
        }
        if let id = personIDs[entity], let i = personIndex[id] {
            if !archive.people[i].sources.contains(source) { archive.people[i].sources.append(source) }
        } else if let ids = eventIDs[entity] {
            for id in ids {
                if let i = eventIndex[id], !archive.events[i].sources.contains(source) { archive.events[i].sources.append(source) }
            }
        } else {
            skip(read)
        }
    }
}
