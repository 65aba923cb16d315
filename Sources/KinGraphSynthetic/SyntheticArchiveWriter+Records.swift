import KinGraphCore

extension SyntheticArchiveWriter {
    /// Writes `ties.csv`: from, to, kind, confidence, sources.
    func writeTies(to path: String) throws(SyntheticArchiveError) {
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        var rng = SplitMix64(seed: seed, stream: 12)
        out.append(Array("from,to,kind,confidence,sources\n".utf8))
        let kinds = TieKind.allCases.map { Array($0.rawValue.utf8) }
        for tie in population.ties {
            appendTieStart(tie, kinds, to: &out)
            appendConfidence(&rng, to: &out)
            out.comma()
            if tie.kind.isFamily {
                appendSources(household: population.household[Int(tie.from)], &rng, to: &out)
            } else {
                appendSources(&rng, to: &out)
            }
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try appendDuplicateTies(to: &out, file: &file)
        try file.drain(&out)
        try file.commit()
    }

    /// The first cells of a tie's row: `from,to,kind,`.
    func appendTieStart(_ tie: SyntheticTie, _ kinds: [[UInt8]], to out: inout CSVByteBuffer) {
        out.append(id: SyntheticArchiveWriter.personPrefix, Int(tie.from) + 1, width: personWidth)
        out.comma()
        out.append(id: SyntheticArchiveWriter.personPrefix, Int(tie.to) + 1, width: personWidth)
        out.comma()
        out.append(kinds[SyntheticArchiveWriter.index(of: tie.kind)])
        out.comma()
    }

    /// Writes `events.csv`: id, person, kind, date, place, country, agency, facility,
    /// reason, case, confidence, sources. About one event in twelve is undated.
    func writeEvents(to path: String) throws(SyntheticArchiveError) {
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        var rng = SplitMix64(seed: seed, stream: 13)
        out.append(Array("id,person,kind,date,place,country,agency,facility,reason,case,confidence,sources\n".utf8))
        let kinds = EventKind.allCases.map { Array($0.rawValue.utf8) }
        let reasons = Reason.allCases.map { Array($0.rawValue.utf8) }
        let homeCountry = Array("KP".utf8)
        let total = SyntheticDates.eventWeights.reduce(0, +)
        let caseWidth = max(4, CSVByteBuffer.digits(Int(history.cases)))
        for (i, event) in history.events.enumerated() {
            out.append(id: SyntheticArchiveWriter.eventPrefix, i + 1, width: eventWidth)
            out.comma()
            out.append(id: SyntheticArchiveWriter.personPrefix, Int(event.person) + 1, width: personWidth)
            out.comma()
            out.append(kinds[SyntheticArchiveWriter.index(of: event.kind)])
            out.comma()
            if rng.chance(0.92) {
                SyntheticDates.append(event.day, weights: SyntheticDates.eventWeights, total: total, to: &out, rng: &rng)
            }
            out.comma()
            let located = rng.chance(0.9)
            if event.place == SyntheticEvent.atHome {
                if located { out.append(SyntheticVocabulary.homes[Int(population.home[Int(event.person)])]) }
                out.comma()
                if located { out.append(homeCountry) }
            } else {
                let abroad = SyntheticVocabulary.abroad[Int(event.place)]
                if located { out.append(abroad.place) }
                out.comma()
                if located { out.append(abroad.country) }
            }
            out.comma()
            if event.agency > 0 { out.append(SyntheticVocabulary.agencies[Int(event.agency) - 1]) }
            out.comma()
            if event.facility > 0 { out.append(SyntheticVocabulary.facilities[Int(event.facility) - 1]) }
            out.comma()
            if let reason = event.reason { out.append(reasons[SyntheticArchiveWriter.index(of: reason)]) }
            out.comma()
            if event.caseNumber >= 0 {
                out.append(id: SyntheticArchiveWriter.casePrefix, Int(event.caseNumber) + 1, width: caseWidth)
            }
            out.comma()
            appendConfidence(&rng, to: &out)
            out.comma()
            appendSources(household: population.household[Int(event.person)], &rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try appendDuplicateEvents(to: &out, file: &file)
        try file.drain(&out)
        try file.commit()
    }

    /// Writes `links.csv`: cause, effect, kind, confidence, sources.
    func writeLinks(to path: String) throws(SyntheticArchiveError) {
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        var rng = SplitMix64(seed: seed, stream: 14)
        out.append(Array("cause,effect,kind,confidence,sources\n".utf8))
        let kinds = LinkKind.allCases.map { Array($0.rawValue.utf8) }
        for link in history.links {
            out.append(id: SyntheticArchiveWriter.eventPrefix, Int(link.cause) + 1, width: eventWidth)
            out.comma()
            out.append(id: SyntheticArchiveWriter.eventPrefix, Int(link.effect) + 1, width: eventWidth)
            out.comma()
            out.append(kinds[SyntheticArchiveWriter.index(of: link.kind)])
            out.comma()
            appendConfidence(&rng, to: &out)
            out.comma()
            let cause = history.events[Int(link.cause)]
            appendSources(household: population.household[Int(cause.person)], &rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try file.drain(&out)
        try file.commit()
    }

    /// Position of `value` in its type's `allCases`.
    static func index<T: CaseIterable & Equatable>(of value: T) -> Int {
        var i = 0
        for c in T.allCases {
            if c == value { return i }
            i += 1
        }
        return 0
    }
}
