import KinGraphCore

/// One disappeared person's case, in the Working Group's fields, with what the
/// archive lacks.
public struct WGEIDCase: Sendable {
    /// The person's id (the pseudonymous one when redacted).
    public var person: String
    /// The case ids of the person's events.
    public var cases: [String]
    public var status: String
    /// Each field the archive can fill, by field.
    public var values: [WGEIDField: String]
    /// The sources the case rests on, cited by id, kind, date and title.
    public var sources: [String]
    /// The causal chain that led to the disappearance, as numbered sentences.
    public var circumstances: [String]

    /// The fields the archive lacks, in the form's order.
    public var missing: [WGEIDField] { WGEIDField.allCases.filter { values[$0] == nil } }
}

extension WGEIDCase {
    /// The disappeared people of `archive` (status `disappeared`, or a `disappearance`
    /// event), in archive order, as cases. `submitter` fills the last field.
    static func cases(in archive: Archive, submitter: String?) -> [WGEIDCase] {
        let index = ReportIndex(archive)
        let narrator = StepNarrator(index: index)
        return archive.people.compactMap { person in
            let events = (index.eventsOf[person.id] ?? []).compactMap { index.events[$0] }
            guard person.status == .disappeared || events.contains(where: { $0.kind == .disappearance }) else { return nil }
            return make(person, events: events, index: index, narrator: narrator, submitter: submitter)
        }
    }

    static func make(_ person: Person, events: [Event], index: ReportIndex, narrator: StepNarrator, submitter: String?)
        -> WGEIDCase
    {
        var values: [WGEIDField: String] = [:]
        func set(_ field: WGEIDField, _ value: String?) {
            if let value, !value.isEmpty { values[field] = value }
        }
        let pseudonym = person.isProtected && person.id.hasPrefix("protected-") && person.name.hasPrefix("Protected person ")
        if !pseudonym {
            let parts = person.name.split(separator: " ", maxSplits: 1).map(String.init)
            set(.familyName, parts.count == 2 ? parts[0] : nil)
            set(.firstName, parts.count == 2 ? parts[1] : parts.first)
        }
        set(.otherNames, ([person.hangul].compactMap { $0 } + person.aliases).joined(separator: "; "))
        set(.sex, person.sex.map { $0 == .female ? "female" : $0 == .male ? "male" : "other" })
        set(.birthDate, person.born?.text)
        set(.address, person.home)
        let punitive = events.filter(\.kind.isPunitive)
        if let first = punitive.first {
            set(.dateOfArrest, first.date?.text)
            set(.placeOfArrest, place(first))
        }
        if let last = events.last(where: { $0.date != nil }) ?? events.last {
            set(.dateLastSeen, last.date?.text)
            set(.placeLastSeen, place(last))
        }
        var agencies: [String] = []
        for event in punitive { if let a = event.agency, !a.isEmpty, !agencies.contains(a) { agencies.append(a) } }
        set(.forces, agencies.map(agencyName).joined(separator: "; "))
        set(.submitter, submitter)
        var cited: [String] = person.sources.array
        for event in events { for s in event.sources where !cited.contains(s) { cited.append(s) } }
        var seen = Set<String>()
        let cases = events.compactMap(\.caseID).filter { !$0.isEmpty && seen.insert($0).inserted }
        let chains = index.chains(endingAt: person.id)
        let circumstances = chains.last.map { narrator.steps($0).map { "\($0.number). \($0.text)" } } ?? []
        return WGEIDCase(
            person: person.id, cases: cases, status: person.status?.rawValue ?? "unknown", values: values,
            sources: cited.map { DossierHTML.cite($0, index.sources[$0]) }, circumstances: circumstances)
    }

    /// Facility, place and country of an event, as far as known.
    static func place(_ event: Event) -> String? {
        let parts = [event.facility, event.place, event.country].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// North Korean agencies by their full names; others as written.
    static func agencyName(_ agency: String) -> String {
        switch agency.uppercased() {
        case "MSS": return "Ministry of State Security (MSS, bowibu)"
        case "MPS": return "Ministry of People's Security (MPS, anjeonbu)"
        case "KPA": return "Korean People's Army (KPA)"
        default: return agency
        }
    }
}
