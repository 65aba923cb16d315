import KinGraphCore
import KinGraphFormats

/// One causal chain: events from a first cause (an event nothing in the archive
/// caused) to a punitive event, and the link into each later event.
struct CausalChain: Sendable, Hashable {
    var events: [String]
    /// `links[i]` leads from `events[i]` to `events[i + 1]` (indexes into the archive's links).
    var links: [Int]
}

extension ReportIndex {
    /// The chains that end at the person's punitive events: for each, the shortest
    /// chain back to a first cause, found by a breadth-first search over the links
    /// from effect to cause. A chain that a longer one continues is left out.
    ///
    /// - Complexity: O(k (V + L')) for k punitive events and the V events and L'
    ///   links behind each.
    func chains(endingAt person: String) -> [CausalChain] {
        var found: [CausalChain] = []
        for event in punitiveEvents(of: person) {
            let chain = chainBack(from: event.id)
            if !found.contains(chain) { found.append(chain) }
        }
        return found.filter { chain in
            !found.contains { other in
                other.events.count > chain.events.count && other.events.starts(with: chain.events)
            }
        }
    }

    /// The shortest chain from a first cause to `end` (just `end` when nothing caused it).
    func chainBack(from end: String) -> CausalChain {
        // via[e] = the link by which the search reached e from its effect.
        var via: [String: Int] = [end: -1]
        var queue = [end]
        var head = 0
        var root = end
        search: while head < queue.count {
            let e = queue[head]
            head += 1
            let causes = causesOf[e] ?? []
            if causes.isEmpty {
                root = e
                break search
            }
            for i in causes {
                let cause = archive.links[i].cause
                if via[cause] != nil { continue }
                via[cause] = i
                queue.append(cause)
            }
            root = e
        }
        // Walk from the root forward to `end` along the recorded links.
        var events = [root], links: [Int] = []
        var at = root
        while at != end, let i = via[at], i >= 0 {
            links.append(i)
            at = archive.links[i].effect
            events.append(at)
        }
        return CausalChain(events: events, links: links)
    }
}

extension ReportIndex {
    /// The part of `archive` the chains of `people` need: those people, and everyone
    /// whose event lies on a chain of links back from one of their punitive events
    /// (found over `graph`'s events and every link), with their records.
    ///
    /// - Complexity: O(l) to index the links by effect, plus the chains walked.
    static func chainPart(of people: [String], in graph: ArchiveGraph) -> Archive {
        let archive = graph.archive
        var causes: [String: [Int]] = [:]
        for (i, link) in archive.links.enumerated() { causes[link.effect, default: []].append(i) }
        var needed = Set(people)
        var queue: [String] = []
        for id in people {
            guard let p = graph.personIndex(id) else { continue }
            queue += graph.events(of: p).map { graph.event($0) }.filter(\.kind.isPunitive).map(\.id)
        }
        var seen = Set(queue)
        var head = 0
        while head < queue.count {
            let effect = queue[head]
            head += 1
            for i in causes[effect] ?? [] {
                let cause = archive.links[i].cause
                guard seen.insert(cause).inserted else { continue }
                queue.append(cause)
                if let e = graph.eventIndex(cause) { needed.insert(graph.person(graph.personOf(event: e)).id) }
            }
        }
        return archive.restricted(toPeople: needed)
    }
}
