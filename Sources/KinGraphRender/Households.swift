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

    /// Each person's family (people joined by family ties, transitively) and
    /// generation within it: a child is one generation below a parent; spouses,
    /// siblings and relatives share one. The first person of each family is
    /// generation 0; where ties disagree, the first way found wins. People with no
    /// family tie among `people` are left out.
    ///
    /// - Complexity: O(p + t).
    static func generations(_ people: [String], ties: [Tie]) -> [String: (family: Int, generation: Int)] {
        var steps: [String: [(to: String, delta: Int)]] = [:]
        for tie in ties where tie.kind.isFamily && tie.from != tie.to {
            let delta = tie.kind == .parent ? 1 : 0
            steps[tie.from, default: []].append((tie.to, delta))
            steps[tie.to, default: []].append((tie.from, -delta))
        }
        var result: [String: (family: Int, generation: Int)] = [:]
        var family = 0
        for start in people where steps[start] != nil && result[start] == nil {
            result[start] = (family, 0)
            var queue = [start]
            var next = 0
            while next < queue.count {
                let person = queue[next]
                next += 1
                let generation = result[person]?.generation ?? 0
                for step in steps[person] ?? [] where result[step.to] == nil {
                    result[step.to] = (family, generation + step.delta)
                    queue.append(step.to)
                }
            }
            family += 1
        }
        return result
    }
}
