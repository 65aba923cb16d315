/// The per-record checks of `ArchiveValidator`: references, self-ties, sources,
/// dates of linked events, country codes. Each reference it checks is resolved into
/// the index arrays of the `ResolvedArchive` being made.
package struct ReferenceCheck {
    let tables: IDTables
    let skipped: ArchiveValidator.SkippedIDs
    /// Kinds whose sources the reader checked already.
    let sourcesChecked: Set<RecordKind>
    let output: ResolvedOutput
    var collector = ProblemCollector()

    init(tables: IDTables, skipped: ArchiveValidator.SkippedIDs, sourcesChecked: Set<RecordKind>, output: ResolvedOutput) {
        self.tables = tables
        self.skipped = skipped
        self.sourcesChecked = sourcesChecked
        self.output = output
    }

    /// Checks the records of `part` in `archive`. Fields are read in place
    /// (`archive.events[i].person`), not by copying records.
    ///
    /// - Complexity: O(records + references), one lookup per reference.
    mutating func run(_ archive: Archive, part: ValidationPart) {
        switch part {
        case .people(let range): checkPeople(archive, range)
        case .ties(let range): checkTies(archive, range)
        case .events: checkEvents(archive)
        case .links: checkLinks(archive)
        }
    }

    private mutating func checkPeople(_ archive: Archive, _ range: Range<Int>) {
        archive.people.withUnsafeBufferPointer { people in
            for i in range {
                checkSources(people[i].sources, RecordRef(.person, i), id: people[i].id)
            }
        }
    }

    private mutating func checkTies(_ archive: Archive, _ range: Range<Int>) {
        let sourcesToo = !sourcesChecked.contains(.tie)
        archive.ties.withUnsafeBufferPointer { ties in
            for i in range {
                let ref = RecordRef(.tie, i)
                let from = ties[i].from, to = ties[i].to
                output.tieFrom[i] = checkPerson(from, ref, field: "from")
                output.tieTo[i] = checkPerson(to, ref, field: "to")
                if from == to {
                    collector.add(
                        .error, ref, id: nil, field: "to", "tie from \(from) to themself; a tie joins two different people")
                }
                if sourcesToo { checkSources(ties[i].sources, ref, id: nil) }
            }
        }
    }

    private mutating func checkEvents(_ archive: Archive) {
        let sourcesToo = !sourcesChecked.contains(.event)
        archive.events.withUnsafeBufferPointer { events in
            for i in events.indices {
                let ref = RecordRef(.event, i)
                let id = events[i].id
                output.eventPerson[i] = checkPerson(events[i].person, ref, field: "person", id: id)
                if let country = events[i].country, !Self.isCountryCode(country) {
                    collector.add(
                        .warning, ref, id: id, field: "country",
                        "country '\(country)' is not an ISO 3166 alpha-2 code such as KP, CN or RU")
                }
                if sourcesToo { checkSources(events[i].sources, ref, id: id) }
            }
        }
    }

    private mutating func checkLinks(_ archive: Archive) {
        let sourcesToo = !sourcesChecked.contains(.link)
        archive.events.withUnsafeBufferPointer { events in
            archive.links.withUnsafeBufferPointer { links in
                for i in links.indices {
                    let ref = RecordRef(.link, i)
                    let cause = checkEvent(links[i].cause, ref, field: "cause")
                    let effect = checkEvent(links[i].effect, ref, field: "effect")
                    output.linkCause[i] = cause
                    output.linkEffect[i] = effect
                    if cause >= 0, effect >= 0 {
                        checkOrder(events, Int(cause), Int(effect), ref)
                    }
                    if sourcesToo { checkSources(links[i].sources, ref, id: nil) }
                }
            }
        }
    }

    /// The index of person `id`, or -1 (reported unless the person was skipped).
    private mutating func checkPerson(_ id: String, _ ref: RecordRef, field: String, id recordID: String? = nil) -> Int32 {
        if let index = tables.people[id] { return index }
        if !skipped.people.contains(id) && !skipped.unreadable.contains(.person) {
            collector.add(.error, ref, id: recordID, field: field, "unknown person '\(id)' in \(field)")
        }
        return -1
    }

    /// The index of event `id`, or -1 (reported unless the event was skipped).
    private mutating func checkEvent(_ id: String, _ ref: RecordRef, field: String) -> Int32 {
        if let index = tables.events[id] { return index }
        if !skipped.events.contains(id) && !skipped.unreadable.contains(.event) {
            collector.add(.error, ref, id: nil, field: field, "unknown event '\(id)' in \(field)")
        }
        return -1
    }

    private mutating func checkSources(_ ids: SourceList, _ ref: RecordRef, id: String?) {
        if sourcesChecked.contains(ref.kind) { return }
        if ids.isEmpty {
            collector.add(.error, ref, id: id, field: "sources", Self.noSources(ref.kind))
            return
        }
        if skipped.unreadable.contains(.source) { return }
        for source in ids where tables.sources[source] == nil && !skipped.sources.contains(source) {
            collector.add(.error, ref, id: id, field: "sources", Self.unknownSource(source))
        }
    }

    /// The message for a record of `kind` without sources.
    package static func noSources(_ kind: RecordKind) -> String {
        "no sources; every \(kind.noun) needs at least one source id"
    }

    /// The message for a reference to a source that does not exist.
    package static func unknownSource(_ id: String) -> String {
        "unknown source '\(id)'"
    }

    /// A cause must not be dated after its effect: a warning when every day the
    /// cause can be falls after every day the effect can be.
    /// Events are read in place (`events[cause].date`), not copied.
    private mutating func checkOrder(_ events: UnsafeBufferPointer<Event>, _ cause: Int, _ effect: Int, _ ref: RecordRef) {
        guard let causeStart = events[cause].date?.earliest, let effectEnd = events[effect].date?.latest,
            causeStart > effectEnd, let causeDate = events[cause].date, let effectDate = events[effect].date
        else { return }
        collector.add(
            .warning, ref, id: nil, field: "cause",
            "cause \(events[cause].id) (\(causeDate.text)) is dated after its effect \(events[effect].id) (\(effectDate.text))")
    }

    /// Two ASCII capital letters.
    static func isCountryCode(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count == 2 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}

/// A share of the validator's work: a range of people or ties, all events, or all
/// links (and the cycles they form). People have only their sources to check.
enum ValidationPart {
    case people(Range<Int>)
    case ties(Range<Int>)
    case events
    case links

    /// The parts of `archive`, the largest first, big kinds cut in `pieces` ranges so
    /// every core has work until the end; no people when `skipPeople`.
    static func parts(of archive: Archive, pieces: Int, skipPeople: Bool) -> [ValidationPart] {
        func split(_ count: Int) -> [Range<Int>] {
            let size = max((count + pieces - 1) / pieces, 1)
            return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        }
        return [.links, .events] + split(archive.ties.count).map(ValidationPart.ties)
            + (skipPeople ? [] : split(archive.people.count).map(ValidationPart.people))
    }
}

/// The index arrays a validation fills, shared by its concurrent parts; each part
/// writes only the entries of its own records.
struct ResolvedOutput: @unchecked Sendable {
    let tieFrom: UnsafeMutableBufferPointer<Int32>
    let tieTo: UnsafeMutableBufferPointer<Int32>
    let eventPerson: UnsafeMutableBufferPointer<Int32>
    let linkCause: UnsafeMutableBufferPointer<Int32>
    let linkEffect: UnsafeMutableBufferPointer<Int32>

    /// The resolved references of `archive`, every one -1 until `fill` writes it:
    /// `fill` gets the five arrays as buffers that concurrent tasks may write (each
    /// task its own indices), and the arrays are returned once it is done.
    static func resolve(
        _ archive: Archive, _ fill: (ResolvedOutput) -> Void
    ) -> (tieFrom: [Int32], tieTo: [Int32], eventPerson: [Int32], linkCause: [Int32], linkEffect: [Int32]) {
        var tieFrom = [Int32](repeating: -1, count: archive.ties.count), tieTo = tieFrom
        var eventPerson = [Int32](repeating: -1, count: archive.events.count)
        var linkCause = [Int32](repeating: -1, count: archive.links.count), linkEffect = linkCause
        tieFrom.withUnsafeMutableBufferPointer { tieFrom in
            tieTo.withUnsafeMutableBufferPointer { tieTo in
                eventPerson.withUnsafeMutableBufferPointer { eventPerson in
                    linkCause.withUnsafeMutableBufferPointer { linkCause in
                        linkEffect.withUnsafeMutableBufferPointer { linkEffect in
                            fill(ResolvedOutput(
                                tieFrom: tieFrom, tieTo: tieTo, eventPerson: eventPerson, linkCause: linkCause,
                                linkEffect: linkEffect))
                        }
                    }
                }
            }
        }
        return (tieFrom, tieTo, eventPerson, linkCause, linkEffect)
    }
}
