import KinGraphCore

/// libFuzzer entry: the first line is what is asked for, each further line a person's
/// names (`name|hangul|alias|…`). Finding and resolving must never trap, and every
/// match must score within 1…100.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNames(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard !lines.isEmpty else { return 0 }
    let query = lines.removeFirst()
    let source = Source(id: "T-1", kind: .testimony)
    let people = lines.prefix(64).enumerated().map { index, line in
        let names = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return Person(
            id: "P-\(index)", name: names.first ?? "", hangul: names.count > 1 ? names[1] : nil,
            aliases: Array(names.dropFirst(2)), sources: ["T-1"])
    }
    guard let graph = try? ArchiveGraph(Archive(sources: [source], people: people)) else { return 0 }
    for match in graph.find(query).results where !(1...100).contains(match.score) {
        fatalError("score \(match.score) out of range for '\(match.matched)'")
    }
    _ = try? graph.resolvePerson(query)
    return 0
}
