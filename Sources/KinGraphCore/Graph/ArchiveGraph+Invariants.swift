extension ArchiveGraph {
    /// Checks the index against its records; traps in debug builds when it is wrong.
    ///
    /// Offsets never decrease and end at the entry counts; every tie appears once from
    /// each end with mirrored direction; family entries come first; every event sits
    /// in its person's list; every link appears once from each end.
    ///
    /// - Complexity: O(P + T + E + L).
    func checkInvariants() {
        let p = personCount, e = eventCount
        precondition(tieOffsets.count == p + 1 && familyEnds.count == p)
        precondition(tieTargets.count == tieRecords.count && tieTargets.count == tieEntries.count)
        precondition(tieTargets.count == 2 * archive.ties.count, "each tie is stored from both ends")
        for i in 0..<p {
            precondition(tieOffsets[i] <= familyEnds[i] && familyEnds[i] <= tieOffsets[i + 1])
            for slot in Int(tieOffsets[i])..<Int(tieOffsets[i + 1]) {
                let entry = tieEntries[slot]
                let tie = archive.ties[Int(tieRecords[slot])]
                precondition(entry.kind == tie.kind)
                precondition((slot < Int(familyEnds[i])) == tie.kind.isFamily, "family entries first")
                let me = entry.isReversed ? tie.to : tie.from
                let other = entry.isReversed ? tie.from : tie.to
                precondition(archive.people[i].id == me && person(tieTargets[slot]).id == other)
                precondition(entry.level == UInt8(tie.effectiveConfidence.rank))
            }
        }
        precondition(tieOffsets[p] == Int32(tieTargets.count))

        precondition(personEventOffsets.count == p + 1 && personEvents.count == e)
        precondition(eventPerson.count == e && eventKinds.count == e && eventLevels.count == e)
        for i in 0..<p {
            precondition(personEventOffsets[i] <= personEventOffsets[i + 1])
            for ev in events(of: Int32(i)) { precondition(eventPerson[Int(ev)] == Int32(i)) }
        }
        for i in 0..<e { precondition(archive.people[Int(eventPerson[i])].id == archive.events[i].person) }

        precondition(effectOffsets.count == e + 1 && causeOffsets.count == e + 1)
        precondition(effectTargets.count == archive.links.count && causeTargets.count == archive.links.count)
        for i in 0..<e {
            precondition(effectOffsets[i] <= effectOffsets[i + 1] && causeOffsets[i] <= causeOffsets[i + 1])
            for slot in Int(effectOffsets[i])..<Int(effectOffsets[i + 1]) {
                let link = archive.links[Int(effectLinks[slot])]
                precondition(link.cause == archive.events[i].id && link.effect == event(effectTargets[slot]).id)
            }
            for slot in Int(causeOffsets[i])..<Int(causeOffsets[i + 1]) {
                let link = archive.links[Int(causeLinks[slot])]
                precondition(link.effect == archive.events[i].id && link.cause == event(causeTargets[slot]).id)
            }
        }
    }
}
