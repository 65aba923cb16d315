/// One step of a chain: the link from one event to the next, and what it rests on.
public struct ChainLink: Codable, Sendable, Hashable {
    public var cause: String
    public var effect: String
    public var kind: LinkKind
    public var sources: [String]

    public init(cause: String, effect: String, kind: LinkKind, sources: [String]) {
        self.cause = cause
        self.effect = effect
        self.kind = kind
        self.sources = sources
    }
}

extension ArchiveGraph {
    /// The links along the chain found by the last `reachEvents` that ends at `e`,
    /// with the chain's event ids.
    ///
    /// - Complexity: O(chain length).
    func chainDescription(to e: Int32, _ scratch: GraphScratch) -> (ids: [String], links: [ChainLink]) {
        let chain = chain(to: e, scratch)
        var links: [ChainLink] = []
        for at in chain.dropFirst() {
            let link = archive.links[Int(scratch.eventVia[Int(at)])]
            links.append(ChainLink(cause: link.cause, effect: link.effect, kind: link.kind, sources: link.sources.array))
        }
        return (chain.map { event($0).id }, links)
    }
}
