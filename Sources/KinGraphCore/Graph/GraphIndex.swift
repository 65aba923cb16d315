/// The stored arrays of an `ArchiveGraph`: the records and the integer index over them.
///
/// Kept behind one reference (`ArchiveGraph.Storage`) so that passing or capturing a
/// graph costs one retain, not one per array.
struct GraphIndex: Sendable {
    /// The records the graph indexes.
    let archive: Archive

    /// Person id → person index.
    let personByID: IDTable
    /// Event id → event index.
    let eventByID: IDTable
    /// Source id → source index.
    let sourceByID: IDTable
    /// `true` when person ids ascend with their index, so index order is id order.
    let peopleInIDOrder: Bool
    /// `true` when event ids ascend with their index.
    let eventsInIDOrder: Bool

    // Ties, stored in both directions. The entries of person p are
    // tieTargets[tieOffsets[p] ..< tieOffsets[p + 1]], family ties first (up to familyEnds[p]).
    let tieOffsets: [Int32]
    let familyEnds: [Int32]
    /// The person at the other end of each entry.
    let tieTargets: [Int32]
    /// The tie record of each entry.
    let tieRecords: [Int32]
    /// Kind, direction and confidence of each entry (see `TieEntry`).
    let tieEntries: [TieEntry]

    // Events.
    /// The person each event happened to.
    let eventPerson: [Int32]
    /// The kind of each event.
    let eventKinds: [EventKind]
    /// The effective confidence rank of each event.
    let eventLevels: [UInt8]
    /// The key events sort by in date order (`FuzzyDate.sortKey`, narrowed to 32 bits).
    let eventDateKeys: [Int32]
    /// Events of person p: personEvents[personEventOffsets[p] ..< personEventOffsets[p + 1]].
    let personEventOffsets: [Int32]
    let personEvents: [Int32]

    // Links from cause to effects, and from effect to causes. Each entry carries its link
    // record and a level: the smaller of the link's and the far event's confidence rank,
    // so a filtered traversal tests one byte per entry.
    let effectOffsets: [Int32]
    let effectTargets: [Int32]
    let effectLinks: [Int32]
    let effectLevels: [UInt8]
    let causeOffsets: [Int32]
    let causeTargets: [Int32]
    let causeLinks: [Int32]
    let causeLevels: [UInt8]

}
