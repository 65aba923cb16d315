import KinGraphCore

/// Second and third records of some people, written as testimonies duplicate a
/// person: the name respelled (the Southern spelling, spaces or no break in the
/// given name, the surname last, hangul only), the birth year off by up to three and
/// vaguer, the home town spelled another way, only some relatives known, for some
/// the person's first event again with a vaguer date, other sources. Duplicates follow the people in `people.csv` (ids after theirs) and
/// `truth.csv` says which records are one person.
///
/// They draw from their own random streams, so an archive without duplicates is
/// byte for byte what it was.
struct SyntheticDuplicates: Sendable {
    /// For each duplicate record, the person (index) it is a record of.
    let originals: [Int32]
    /// The duplicates' ties: each family tie of the person, kept with probability
    /// 0.6, from the duplicate (index `people + k`) to the same relative.
    let ties: [SyntheticTie]
    /// The duplicates' events: for four in ten, the person's first event again (by
    /// index into the history's events), told with a vaguer date; `(record k, event)`.
    let events: [(record: Int32, event: Int32)]

    /// Each person is duplicated with probability `rate` (a quarter of them twice).
    /// - Complexity: O(people + ties + events).
    init(population: SyntheticPopulation, history: SyntheticHistory, rate: Double, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: 20)
        var originals: [Int32] = []
        for i in 0..<population.count where rate > 0 && rng.chance(rate) {
            originals.append(Int32(i))
            if rng.chance(0.25) { originals.append(Int32(i)) }
        }
        var copies: [Int32: [Int32]] = [:]
        for (k, original) in originals.enumerated() { copies[original, default: []].append(Int32(population.count + k)) }
        var ties: [SyntheticTie] = []
        for tie in population.ties where tie.kind.isFamily {
            for record in copies[tie.from] ?? [] where rng.chance(0.6) {
                ties.append(SyntheticTie(from: record, to: tie.to, kind: tie.kind))
            }
            for record in copies[tie.to] ?? [] where rng.chance(0.6) {
                ties.append(SyntheticTie(from: tie.from, to: record, kind: tie.kind))
            }
        }
        var firstEvent: [Int32: Int32] = [:]
        for (e, event) in history.events.enumerated() where copies[event.person] != nil && firstEvent[event.person] == nil {
            firstEvent[event.person] = Int32(e)
        }
        var events: [(record: Int32, event: Int32)] = []
        for (k, original) in originals.enumerated() {
            if let e = firstEvent[original], rng.chance(0.4) { events.append((Int32(k), e)) }
        }
        self.originals = originals
        self.ties = ties
        self.events = events
    }

    var count: Int { originals.count }
}

extension SyntheticArchiveWriter {
    /// Appends the duplicate rows of `people.csv`.
    func appendDuplicatePeople(to out: inout CSVByteBuffer, file: inout OutputFile) throws(SyntheticArchiveError) {
        guard let duplicates else { return }
        var rng = SplitMix64(seed: seed, stream: 21)
        let surnames = SyntheticVocabulary.surnames
        let syllables = SyntheticVocabulary.syllables
        for (k, original) in duplicates.originals.enumerated() {
            let i = Int(original)
            let s = surnames[Int(population.surname[i])]
            let g1 = syllables[Int(population.given1[i])], g2 = syllables[Int(population.given2[i])]
            out.append(id: SyntheticArchiveWriter.personPrefix, population.count + k + 1, width: personWidth)
            out.comma()
            let hangul = s.hangul + g1.hangul + g2.hangul
            let style = rng.weighted([35, 15, 15, 15, 10, 10], total: 100)
            switch style {
            case 0: appendName(s.southern, g1.southern, g2.southern, separator: "-", to: &out)
            case 1: appendName(s.northern, g1.northern, g2.northern, separator: " ", to: &out)
            case 2: appendJoined(s.northern, g1.northern, g2.northern, to: &out)
            case 3: out.append(hangul)
            case 4: appendJoined(s.southern, g1.southern, g2.southern, to: &out)
            default:
                // Surname last, as in Western order.
                appendJoined([], g1.southern, g2.southern, to: &out)
                out.append(ascii: " ")
                out.append(s.southern)
            }
            out.comma()
            if style == 3 || rng.chance(0.3) { out.append(hangul) }
            out.comma()  // no aliases
            out.comma()
            if rng.chance(0.9) { out.append(ascii: population.isMale[i] ? "M" : "F") }
            out.comma()
            if rng.chance(0.75) {
                let offset = [0, 0, 1, -1, 1, -1, 2, -2, 3, -3][rng.below(10)]
                let year = Int(population.bornYear[i]) + offset
                out.appendDecimal(year, width: 4)
                switch rng.below(4) {
                case 0: out.append(ascii: "~")
                case 1: out.append(ascii: "?")
                case 2:
                    out.append(ascii: "/")
                    out.appendDecimal(year + 1 + rng.below(2), width: 4)
                default: break
                }
            }
            out.comma()
            if rng.chance(0.8) {
                let town = SyntheticTowns.towns[Int(population.home[i])]
                let spelling = [town.town, town.suffixed, town.hangul, town.hangulSuffixed][rng.below(4)]
                out.append(Array(spelling.utf8))
            }
            out.comma()  // status unknown to this testimony
            out.comma()  // not marked protected
            out.comma()
            appendSources(&rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
    }

    /// `Kim Cholsu`: surname, space, the given name without a break (lower case
    /// after its first letter); no surname when `surname` is empty.
    private func appendJoined(_ surname: [UInt8], _ first: [UInt8], _ second: [UInt8], to out: inout CSVByteBuffer) {
        if !surname.isEmpty {
            out.append(surname)
            out.append(ascii: " ")
        }
        out.append(first)
        for (k, b) in second.enumerated() { out.bytes.append(k == 0 && b >= 65 && b <= 90 ? b + 32 : b) }
    }

    /// Appends the ties of the duplicates to `ties.csv`.
    func appendDuplicateTies(to out: inout CSVByteBuffer, file: inout OutputFile) throws(SyntheticArchiveError) {
        guard let duplicates else { return }
        var rng = SplitMix64(seed: seed, stream: 22)
        let kinds = TieKind.allCases.map { Array($0.rawValue.utf8) }
        for tie in duplicates.ties {
            appendTieStart(tie, kinds, to: &out)
            out.comma()
            appendSources(&rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
    }

    /// Appends the duplicates' events to `events.csv`: same kind and place (the town
    /// spelled as the duplicate spells it), the date only to the year (sometimes `~`),
    /// no case, other sources, ids after the history's events.
    func appendDuplicateEvents(to out: inout CSVByteBuffer, file: inout OutputFile) throws(SyntheticArchiveError) {
        guard let duplicates else { return }
        var rng = SplitMix64(seed: seed, stream: 23)
        let kinds = EventKind.allCases.map { Array($0.rawValue.utf8) }
        for (n, copy) in duplicates.events.enumerated() {
            let event = history.events[Int(copy.event)]
            out.append(id: SyntheticArchiveWriter.eventPrefix, history.events.count + n + 1, width: eventWidth)
            out.comma()
            out.append(id: SyntheticArchiveWriter.personPrefix, population.count + Int(copy.record) + 1, width: personWidth)
            out.comma()
            out.append(kinds[SyntheticArchiveWriter.index(of: event.kind)])
            out.comma()
            out.appendDecimal(Day(ordinal: event.day).year, width: 4)
            if rng.chance(0.5) { out.append(ascii: "~") }
            out.comma()
            if event.place == SyntheticEvent.atHome {
                let town = SyntheticTowns.towns[Int(population.home[Int(event.person)])]
                out.append(Array((rng.chance(0.5) ? town.town : town.hangul).utf8))
                out.comma()
                out.append(Array("KP".utf8))
            } else {
                let abroad = SyntheticVocabulary.abroad[Int(event.place)]
                out.append(abroad.place)
                out.comma()
                out.append(abroad.country)
            }
            out.append(Array(",,,,,,".utf8))  // agency, facility, reason, case, confidence unknown to this testimony
            appendSources(&rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
    }

    /// Writes `truth.csv`: every record with the person it is a record of (`record,person`).
    func writeTruth(to path: String) throws(SyntheticArchiveError) {
        guard let duplicates else { return }
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        out.append(Array("record,person\n".utf8))
        for i in 0..<(population.count + duplicates.count) {
            let person = i < population.count ? i : Int(duplicates.originals[i - population.count])
            out.append(id: SyntheticArchiveWriter.personPrefix, i + 1, width: personWidth)
            out.comma()
            out.append(id: SyntheticArchiveWriter.personPrefix, person + 1, width: personWidth)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try file.drain(&out)
        try file.commit()
    }
}
