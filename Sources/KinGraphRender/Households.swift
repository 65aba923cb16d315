import KinGraphCore

/// Groups people into households for the people view: spouses (joined through
/// spouse ties, transitively) together with their children who have no spouse among
/// the people drawn. A household has two people or more; nobody is in two.
enum Households {
    /// The households among `people` (ids, in drawing order), each in that order,
    /// ordered by their first member.
    ///
    /// - Complexity: O((p + t) α(p)) for p people and t ties.
    static func group(_ people: [String], ties: [Tie]) -> [[String]] {
        let index = Dictionary(people.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var parent = Array(people.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var married = Set<Int>()
        for tie in ties where tie.kind == .spouse {
            guard let a = index[tie.from], let b = index[tie.to], a != b else { continue }
            join(a, b)
            married.insert(a)
            married.insert(b)
        }
        // An unmarried child joins the household of their first married parent.
        var parentsOf: [Int: [Int]] = [:]
        for tie in ties where tie.kind == .parent {
            guard let p = index[tie.from], let c = index[tie.to], married.contains(p), !married.contains(c) else {
                continue
            }
            parentsOf[c, default: []].append(p)
        }
        for (child, parents) in parentsOf {
            if let first = parents.min() { join(child, first) }
        }
        var groups: [Int: [String]] = [:]
        for (i, id) in people.enumerated() where index[id] == i {
            groups[root(i), default: []].append(id)
        }
        return groups.sorted { $0.key < $1.key }.map(\.value).filter { $0.count >= 2 }
    }

    /// The family each person belongs to (people joined by family ties, transitively),
    /// as a number; people with no family tie among `people` get none.
    ///
    /// - Complexity: O((p + t) α(p)).
    static func families(_ people: [String], ties: [Tie]) -> [String: Int] {
        let index = Dictionary(people.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var parent = Array(people.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var family: [String: Int] = [:]
        for tie in ties where tie.kind.isFamily {
            guard let a = index[tie.from], let b = index[tie.to] else { continue }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            family[tie.from] = 0
            family[tie.to] = 0
        }
        for id in family.keys { if let i = index[id] { family[id] = root(i) } }
        return family
    }
}
