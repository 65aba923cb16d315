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

    /// Checks every record of `archive`.
    ///
    /// - Complexity: O(records + references), one hash lookup per reference.
    mutating func run(_ archive: Archive) {
        for (i, person) in archive.people.enumerated() {
            checkSources(person.sources, RecordRef(.person, i), id: person.id)
        }
        for (i, tie) in archive.ties.enumerated() {
            let ref = RecordRef(.tie, i)
            checkPerson(tie.from, ref, field: "from")
            checkPerson(tie.to, ref, field: "to")
            if tie.from == tie.to {
                collector.add(
                    .error, ref, id: nil, field: "to",
                    "tie from \(tie.from) to themself; a tie joins two different people")
            }
            checkSources(tie.sources, ref, id: nil)
        }
        for (i, event) in archive.events.enumerated() {
            let ref = RecordRef(.event, i)
            checkPerson(event.person, ref, field: "person", id: event.id)
            if let country = event.country, !Self.isCountryCode(country) {
                collector.add(
                    .warning, ref, id: event.id, field: "country",
                    "country '\(country)' is not an ISO 3166 alpha-2 code such as KP, CN or RU")
            }
            checkSources(event.sources, ref, id: event.id)
        }
        for (i, link) in archive.links.enumerated() {
            let ref = RecordRef(.link, i)
            let cause = checkEvent(link.cause, ref, field: "cause")
            let effect = checkEvent(link.effect, ref, field: "effect")
            if let cause, let effect {
                checkOrder(archive.events[Int(cause)], archive.events[Int(effect)], ref)
            }
            checkSources(link.sources, ref, id: nil)
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
