/// The per-record checks of `ArchiveValidator`: references, self-ties, sources,
/// dates of linked events, country codes.
struct ReferenceCheck {
    let sources: IDIndex
    let people: IDIndex
    let events: IDIndex
    let skipped: ArchiveValidator.SkippedIDs
    var collector: ProblemCollector

    init(
        sources: IDIndex, people: IDIndex, events: IDIndex, skipped: ArchiveValidator.SkippedIDs,
        collector: ProblemCollector
    ) {
        self.sources = sources
        self.people = people
        self.events = events
        self.skipped = skipped
        self.collector = collector
    }

    /// Checks every record of `kind` in `archive` (sources have nothing to check).
    /// Fields are read in place (`archive.events[i].person`), not by copying records.
    ///
    /// - Complexity: O(records + references), one hash lookup per reference.
    mutating func run(_ archive: Archive, kind: RecordKind) {
        switch kind {
        case .source: return
        case .person: checkPeople(archive)
        case .tie: checkTies(archive)
        case .event: checkEvents(archive)
        case .link: checkLinks(archive)
        }
    }

    private mutating func checkPeople(_ archive: Archive) {
        for i in archive.people.indices {
            checkSources(archive.people[i].sources, RecordRef(.person, i), id: archive.people[i].id)
        }
    }

    private mutating func checkTies(_ archive: Archive) {
        for i in archive.ties.indices {
            let ref = RecordRef(.tie, i)
            let from = archive.ties[i].from, to = archive.ties[i].to
            checkPerson(from, ref, field: "from")
            checkPerson(to, ref, field: "to")
            if from == to {
                collector.add(
                    .error, ref, id: nil, field: "to", "tie from \(from) to themself; a tie joins two different people")
            }
            checkSources(archive.ties[i].sources, ref, id: nil)
        }
    }

    private mutating func checkEvents(_ archive: Archive) {
        for i in archive.events.indices {
            let ref = RecordRef(.event, i)
            let id = archive.events[i].id
            checkPerson(archive.events[i].person, ref, field: "person", id: id)
            if let country = archive.events[i].country, !Self.isCountryCode(country) {
                collector.add(
                    .warning, ref, id: id, field: "country",
                    "country '\(country)' is not an ISO 3166 alpha-2 code such as KP, CN or RU")
            }
            checkSources(archive.events[i].sources, ref, id: id)
        }
    }

    private mutating func checkLinks(_ archive: Archive) {
        for i in archive.links.indices {
            let ref = RecordRef(.link, i)
            let cause = checkEvent(archive.links[i].cause, ref, field: "cause")
            let effect = checkEvent(archive.links[i].effect, ref, field: "effect")
            if let cause, let effect {
                checkOrder(archive.events[Int(cause)], archive.events[Int(effect)], ref)
            }
            checkSources(archive.links[i].sources, ref, id: nil)
        }
    }

    private mutating func checkPerson(_ id: String, _ ref: RecordRef, field: String, id recordID: String? = nil) {
        guard people[id] == nil, !skipped.people.contains(id), !skipped.unreadable.contains(.person) else { return }
        collector.add(.error, ref, id: recordID, field: field, "unknown person '\(id)' in \(field)")
    }

    private mutating func checkEvent(_ id: String, _ ref: RecordRef, field: String) -> Int32? {
        if let index = events[id] { return index }
        if !skipped.events.contains(id) && !skipped.unreadable.contains(.event) {
            collector.add(.error, ref, id: nil, field: field, "unknown event '\(id)' in \(field)")
        }
        return nil
    }

    private mutating func checkSources(_ ids: [String], _ ref: RecordRef, id: String?) {
        if ids.isEmpty {
            collector.add(
                .error, ref, id: id, field: "sources",
                "no sources; every \(ref.kind.noun) needs at least one source id")
            return
        }
        if skipped.unreadable.contains(.source) { return }
        for source in ids where sources[source] == nil && !skipped.sources.contains(source) {
            collector.add(.error, ref, id: id, field: "sources", "unknown source '\(source)'")
        }
    }

    /// A cause must not be dated after its effect: a warning when every day the
    /// cause can be falls after every day the effect can be.
    private mutating func checkOrder(_ cause: Event, _ effect: Event, _ ref: RecordRef) {
        guard let causeDate = cause.date, let effectDate = effect.date,
            let causeStart = causeDate.earliest, let effectEnd = effectDate.latest,
            causeStart > effectEnd
        else { return }
        collector.add(
            .warning, ref, id: nil, field: "cause",
            "cause \(cause.id) (\(causeDate.text)) is dated after its effect \(effect.id) (\(effectDate.text))")
    }

    /// Two ASCII capital letters.
    static func isCountryCode(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count == 2 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
