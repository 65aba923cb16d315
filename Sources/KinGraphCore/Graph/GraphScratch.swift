/// Working memory for traversals, owned by the caller and reused from query to query.
///
/// A person or event counts as visited when its stamp equals the current generation;
/// starting a traversal bumps the generation instead of clearing anything, so a query
/// costs time in proportion to what it visits, not to the size of the graph. The arrays
/// are sized to the graph on first use (and again if used with a graph of another size).
///
///     var scratch = GraphScratch()
///     for p in sample { _ = graph.neighborhood(of: p, depth: 3, scratch: &scratch) }
///
/// Not for sharing: give each thread its own.
public struct GraphScratch {
    var generation: UInt32 = 0
    /// Visit stamps of people (seen from the start of a search).
    var personSeen: [UInt32] = []
    /// Visit stamps of people seen from the far end of a two-ended search.
    var personSeenBack: [UInt32] = []
    /// Hop count from the start (or from the far end, for `personSeenBack`).
    var personDist: [Int32] = []
    var personDistBack: [Int32] = []
    /// The person each one was reached from, and the tie entry used.
    var personFrom: [Int32] = []
    var personVia: [Int32] = []
    /// A third set of person stamps (people on a shortest path).
    var personMark: [UInt32] = []
    /// Position of a person within its breadth-first layer (for lexicographic choices).
    var personRank: [Int32] = []
    /// Visit stamps of events.
    var eventSeen: [UInt32] = []
    /// The event each one was reached from, and the link used.
    var eventFrom: [Int32] = []
    var eventVia: [Int32] = []
    var eventRank: [Int32] = []
    /// Breadth-first queues.
    var queue: [Int32] = []
    var queueBack: [Int32] = []
    /// Where each breadth-first layer ends in `queue`.
    var layerEnds: [Int] = []

    public init() {}

    /// Which arrays a traversal uses beyond the people's visit stamps.
    struct Needs: OptionSet {
        let rawValue: UInt8
        /// Distance, previous person, tie entry and layer rank of each person.
        static let personPaths = Needs(rawValue: 1)
        /// The far end's stamps and distances, and the shortest-path marks.
        static let twoEnded = Needs(rawValue: 2)
        /// Event stamps, previous event, link and layer rank.
        static let events = Needs(rawValue: 4)
    }

    /// Starts a traversal of `graph`: sizes the arrays it `needs` (once per graph) and
    /// returns the stamp that marks "visited in this traversal".
    ///
    /// - Complexity: O(1), except the first time an array is needed for a graph (or
    ///   every 2³² traversals), when it is O(P) or O(E).
    mutating func begin(_ graph: ArchiveGraph, _ needs: Needs = []) -> UInt32 {
        let people = graph.personCount, events = graph.eventCount
        if personSeen.count != people {
            personSeen = Array(repeating: 0, count: people)
            for array in [\GraphScratch.personSeenBack, \.personMark] where !self[keyPath: array].isEmpty {
                self[keyPath: array] = personSeen
            }
            for array in [\GraphScratch.personDist, \.personDistBack, \.personFrom, \.personVia, \.personRank]
            where !self[keyPath: array].isEmpty {
                self[keyPath: array] = Array(repeating: 0, count: people)
            }
        }
        if needs.contains(.personPaths) && personFrom.count != people {
            personFrom = Array(repeating: 0, count: people)
            personVia = personFrom
            personRank = personFrom
            if personDist.count != people { personDist = personFrom }
        }
        if needs.contains(.twoEnded) && personSeenBack.count != people {
            personSeenBack = Array(repeating: 0, count: people)
            personMark = personSeenBack
            personDistBack = Array(repeating: 0, count: people)
            if personDist.count != people { personDist = personDistBack }
        }
        if (needs.contains(.events) || !eventSeen.isEmpty) && eventSeen.count != events {
            eventSeen = Array(repeating: 0, count: events)
            eventFrom = Array(repeating: 0, count: events)
            eventVia = eventFrom
            eventRank = eventFrom
        }
        if generation == UInt32.max {
            for i in personSeen.indices { personSeen[i] = 0 }
            for i in personSeenBack.indices { personSeenBack[i] = 0 }
            for i in personMark.indices { personMark[i] = 0 }
            for i in eventSeen.indices { eventSeen[i] = 0 }
            generation = 0
        }
        generation += 1
        queue.removeAll(keepingCapacity: true)
        queueBack.removeAll(keepingCapacity: true)
        layerEnds.removeAll(keepingCapacity: true)
        return generation
    }
}
