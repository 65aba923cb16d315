/// The answer to `timeline PERSON`: their events and every event linked to them.
public struct TimelineResult: Codable, Sendable, Hashable {
    public var query = "timeline"
    public var person: String
    public var name: String
    /// In date order (earliest day; an open start first, undated last), then by id.
    public var events: [Entry]

    /// One event, whose person it happened to, and its links to the other entries.
    public struct Entry: Codable, Sendable, Hashable {
        public var event: String
        public var person: String
        public var name: String
        public var kind: EventKind
        public var date: FuzzyDate?
        public var place: String?
        public var country: String?
        public var agency: String?
        public var facility: String?
        public var reason: Reason?
        public var caseID: String?
        public var confidence: Confidence
        public var sources: [String]
        /// Links from earlier entries to this one, and from this one to later entries.
        public var causes: [LinkRef]
        public var effects: [LinkRef]

        enum CodingKeys: String, CodingKey {
            case event, person, name, kind, date, place, country, agency, facility, reason
            case caseID = "case"
            case confidence, sources, causes, effects
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(event, forKey: .event)
            try c.encode(person, forKey: .person)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(date, forKey: .date)
            try c.encodeIfPresent(place, forKey: .place)
            try c.encodeIfPresent(country, forKey: .country)
            try c.encodeIfPresent(agency, forKey: .agency)
            try c.encodeIfPresent(facility, forKey: .facility)
            try c.encodeIfPresent(reason, forKey: .reason)
            try c.encodeIfPresent(caseID, forKey: .caseID)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(sources, forKey: .sources)
            try c.encode(causes, forKey: .causes)
            try c.encode(effects, forKey: .effects)
        }
    }

    /// A link to another entry: that entry's event id, the link's kind and sources.
    public struct LinkRef: Codable, Sendable, Hashable {
        public var event: String
        public var kind: LinkKind
        public var sources: [String]
    }
}

extension ArchiveGraph {
    /// `person`'s events and every event linked straight to one of them (cause or
    /// effect), in date order, with sources (QUERIES.md, timeline). Events and links
    /// below `minConfidence` are left out.
    ///
    /// - Complexity: O(K + L' + K log K) for the K events listed and L' links touched.
    public func timeline(person: Int32, minConfidence: Confidence = .hearsay, scratch: inout GraphScratch)
        -> TimelineResult
    {
        let level = UInt8(minConfidence.rank)
        let stamp = scratch.begin(self, .events)
        var listed: [Int32] = []
        func add(_ e: Int32) {
            guard scratch.eventSeen[Int(e)] != stamp else { return }
            scratch.eventSeen[Int(e)] = stamp
            listed.append(e)
        }
        let own = events(of: person).filter { eventLevels[Int($0)] >= level }
        for e in own { add(e) }
        for e in own {
            for slot in Int(effectOffsets[Int(e)])..<Int(effectOffsets[Int(e) + 1]) where effectLevels[slot] >= level {
                add(effectTargets[slot])
            }
            for slot in Int(causeOffsets[Int(e)])..<Int(causeOffsets[Int(e) + 1]) where causeLevels[slot] >= level {
                add(causeTargets[slot])
            }
        }
        listed.sort { eventDatePrecedes($0, $1) }

        let entries = listed.map { e -> TimelineResult.Entry in
            let record = event(e)
            let who = self.person(eventPerson[Int(e)])
            var causes: [TimelineResult.LinkRef] = []
            var effects: [TimelineResult.LinkRef] = []
            for slot in Int(causeOffsets[Int(e)])..<Int(causeOffsets[Int(e) + 1])
            where causeLevels[slot] >= level && scratch.eventSeen[Int(causeTargets[slot])] == stamp {
                let link = archive.links[Int(causeLinks[slot])]
                causes.append(.init(event: link.cause, kind: link.kind, sources: link.sources.array))
            }
            for slot in Int(effectOffsets[Int(e)])..<Int(effectOffsets[Int(e) + 1])
            where effectLevels[slot] >= level && scratch.eventSeen[Int(effectTargets[slot])] == stamp {
                let link = archive.links[Int(effectLinks[slot])]
                effects.append(.init(event: link.effect, kind: link.kind, sources: link.sources.array))
            }
            return .init(
                event: record.id, person: who.id, name: who.name, kind: record.kind, date: record.date,
                place: record.place, country: record.country, agency: record.agency, facility: record.facility,
                reason: record.reason, caseID: record.caseID, confidence: record.effectiveConfidence,
                sources: record.sources.array, causes: causes, effects: effects)
        }
        let me = self.person(person)
        return TimelineResult(person: me.id, name: me.name, events: entries)
    }
}
