import KinGraphCore

/// Writes a synthetic population and its history as the five files of a CSV-folder
/// archive (ARCHIVE.md). Each file draws from its own random stream, so the bytes
/// depend only on the seed, never on the order the files are written in.
struct SyntheticArchiveWriter: Sendable {
    let population: SyntheticPopulation
    let history: SyntheticHistory
    let seed: UInt64
    /// Extra records of some people (`generate --duplicates`), or `nil`.
    let duplicates: SyntheticDuplicates?
    /// Kind of each source, as an index into `SyntheticArchiveWriter.sourceKinds`.
    let sourceKinds: [UInt8]
    let personWidth: Int
    let eventWidth: Int
    let sourceWidth: Int

    static let sourceKinds: [(kind: SourceKind, prefix: [UInt8])] = [
        (.testimony, Array("T-".utf8)), (.report, Array("R-".utf8)), (.document, Array("D-".utf8)),
        (.media, Array("M-".utf8)), (.other, Array("O-".utf8)),
    ]
    static let personPrefix = Array("P-".utf8)
    static let eventPrefix = Array("E-".utf8)
    static let casePrefix = Array("C-".utf8)
    /// A buffer is written out once it holds this many bytes.
    static let drainThreshold = 1 << 23

    init(population: SyntheticPopulation, history: SyntheticHistory, seed: UInt64, duplicates: SyntheticDuplicates? = nil) {
        self.population = population
        self.history = history
        self.seed = seed
        self.duplicates = duplicates
        let sourceCount = population.count == 0 ? 0 : max(1, population.count / 10)
        var rng = SplitMix64(seed: seed, stream: 3)
        sourceKinds = (0..<sourceCount).map { _ in UInt8(rng.weighted([60, 12, 15, 8, 5], total: 100)) }
        personWidth = max(5, CSVByteBuffer.digits(population.count + (duplicates?.count ?? 0)))
        eventWidth = max(5, CSVByteBuffer.digits(history.events.count + (duplicates?.events.count ?? 0)))
        sourceWidth = max(4, CSVByteBuffer.digits(sourceCount))
    }

    /// Writes `sources.csv`: id, kind, date, title.
    func writeSources(to path: String) throws(SyntheticArchiveError) {
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        var rng = SplitMix64(seed: seed, stream: 10)
        out.append(Array("id,kind,date,title\n".utf8))
        let total = SyntheticDates.eventWeights.reduce(0, +)
        for i in 0..<sourceKinds.count {
            appendSource(i, to: &out)
            out.comma()
            out.appendQuoted(SyntheticArchiveWriter.sourceKinds[Int(sourceKinds[i])].kind.rawValue)
            out.comma()
            if rng.chance(0.9) {
                let day = SyntheticHistory.day(year: rng.int(in: 2005...2024), rng: &rng)
                SyntheticDates.append(day, weights: SyntheticDates.eventWeights, total: total, to: &out, rng: &rng)
            }
            out.comma()
            if rng.chance(0.001) {
                out.append(Array("\"Notes, first page\nsecond page\"".utf8))
            } else if rng.chance(0.8) {
                let prefixes = SyntheticVocabulary.titlePrefixes
                out.append(prefixes[rng.below(prefixes.count)])
                out.appendDecimal(rng.int(in: 1...400))
                out.append(ascii: "\"")
            }
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try file.drain(&out)
        try file.commit()
    }

    /// Writes `people.csv`: id, name, hangul, aliases, sex, born, home, status,
    /// protected, sources.
    func writePeople(to path: String) throws(SyntheticArchiveError) {
        var file = try OutputFile(path: path)
        var out = CSVByteBuffer(capacity: SyntheticArchiveWriter.drainThreshold + 4096)
        var rng = SplitMix64(seed: seed, stream: 11)
        out.append(Array("id,name,hangul,aliases,sex,born,home,status,protected,sources\n".utf8))
        let total = SyntheticDates.birthWeights.reduce(0, +)
        let surnames = SyntheticVocabulary.surnames
        let syllables = SyntheticVocabulary.syllables
        for i in 0..<population.count {
            let s = surnames[Int(population.surname[i])]
            let g1 = syllables[Int(population.given1[i])]
            let g2 = syllables[Int(population.given2[i])]
            out.append(id: SyntheticArchiveWriter.personPrefix, i + 1, width: personWidth)
            out.comma()
            appendName(s.northern, g1.northern, g2.northern, separator: "-", to: &out)
            out.comma()
            if rng.chance(0.92) {
                out.append(s.hangul)
                out.append(g1.hangul)
                out.append(g2.hangul)
            }
            out.comma()
            if rng.chance(0.15) {
                appendName(s.southern, g1.southern, g2.southern, separator: "-", to: &out)
                if rng.chance(0.3) {
                    out.append(ascii: ";")
                    appendName(s.northern, g1.northern, g2.northern, separator: " ", to: &out)
                }
            }
            out.comma()
            if rng.chance(0.97) { out.append(ascii: population.isMale[i] ? "M" : "F") }
            out.comma()
            if rng.chance(0.85) {
                let day = SyntheticHistory.day(year: Int(population.bornYear[i]), rng: &rng)
                SyntheticDates.append(day, weights: SyntheticDates.birthWeights, total: total, to: &out, rng: &rng)
            }
            out.comma()
            if rng.chance(0.9) { out.append(SyntheticVocabulary.homes[Int(population.home[i])]) }
            out.comma()
            if let status = history.status[i] { out.appendQuoted(status.rawValue) }
            out.comma()
            if rng.chance(0.08) { out.append(Array("true".utf8)) } else if rng.chance(0.05) { out.append(Array("false".utf8)) }
            out.comma()
            appendSources(household: population.household[i], &rng, to: &out)
            out.endRow()
            if out.bytes.count >= SyntheticArchiveWriter.drainThreshold { try file.drain(&out) }
        }
        try appendDuplicatePeople(to: &out, file: &file)
        try file.drain(&out)
        try file.commit()
    }

    /// `Kim Chol-su`: surname, space, first syllable, separator, second syllable in
    /// lower case.
    func appendName(
        _ surname: [UInt8], _ first: [UInt8], _ second: [UInt8], separator: Unicode.Scalar,
        to out: inout CSVByteBuffer
    ) {
        out.append(surname)
        out.append(ascii: " ")
        out.append(first)
        out.append(ascii: separator)
        for (k, b) in second.enumerated() {
            out.bytes.append(k == 0 && separator == "-" && b >= 65 && b <= 90 ? b + 32 : b)
        }
    }

    /// The id of source `index`: its kind's prefix and its number (`T-0017`).
    func appendSource(_ index: Int, to out: inout CSVByteBuffer) {
        out.append(id: SyntheticArchiveWriter.sourceKinds[Int(sourceKinds[index])].prefix, index + 1, width: sourceWidth)
    }

    /// The sources of a record about `household`: most often the household's own
    /// testimonies (one or two, the same for every record that cites them, as when a
    /// family member testifies about the family), otherwise any one to three.
    func appendSources(household: Int32, _ rng: inout SplitMix64, to out: inout CSVByteBuffer) {
        guard rng.chance(0.8) else { return appendSources(&rng, to: &out) }
        var own = SplitMix64(seed: seed ^ UInt64(household), stream: 15)
        let n = sourceKinds.count
        let first = own.below(n)
        appendSource(first, to: &out)
        if own.chance(0.35) && n > 1 {
            out.append(ascii: ";")
            appendSource((first + 1 + own.below(n - 1)) % n, to: &out)
        }
    }

    /// One to three distinct source ids, `;`-separated.
    func appendSources(_ rng: inout SplitMix64, to out: inout CSVByteBuffer) {
        let n = sourceKinds.count
        let first = rng.below(n)
        appendSource(first, to: &out)
        let extra = min(n - 1, rng.weighted([60, 30, 10], total: 100))
        var previous = first
        for _ in 0..<extra {
            previous = (previous + 1 + rng.below(max(1, n / extra - 1))) % n
            if previous == first { break }
            out.append(ascii: ";")
            appendSource(previous, to: &out)
        }
    }

    /// A confidence cell: empty about half the time (the number of sources decides),
    /// otherwise one of the four levels.
    func appendConfidence(_ rng: inout SplitMix64, to out: inout CSVByteBuffer) {
        switch rng.below(20) {
        case 0..<9: break
        case 9..<11: out.append(Array("confirmed".utf8))
        case 11..<15: out.append(Array("corroborated".utf8))
        case 15..<18: out.append(Array("single-source".utf8))
        default: out.append(Array("hearsay".utf8))
        }
    }
}
