import KinGraphCore

/// A GEDCOM file as records of nested lines, built without recursion.
///
/// `CONC` and `CONT` lines are folded into their parent's value (CONT adds a line
/// break). A line whose level skips a level is an error note; it and the lines
/// under it are left out. A file that does not end with `0 TRLR` is an error: it
/// looks truncated.
struct GEDCOMTree {
    /// One line of the file with the lines under it.
    struct Node {
        var tag: String
        var xref: String?
        var value: String
        var line: Int
        var children: [Int] = []
    }

    /// Every node; records are listed in `records`.
    private(set) var nodes: [Node] = []
    /// Level-0 nodes in file order (HEAD and TRLR included).
    private(set) var records: [Int] = []
    private(set) var notes: [ExchangeNote] = []

    /// Builds the tree from decoded lines.
    /// - Complexity: O(lines).
    init(_ lines: [GEDCOMText.Line]) {
        var stack: [Int] = []  // stack[k] is the open node at level k
        var skippingAbove: Int?  // lines deeper than this level are under a broken line
        var sawTrailer = false
        var lastLine = 0
        var badLines: [Int] = []
        for line in lines {
            lastLine = line.number
            if line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let parsed: GEDCOMLine
            switch GEDCOMLine.parse(line.text) {
            case .success(let p): parsed = p
            case .failure(let problem):
                badLines.append(line.number)
                if badLines.count <= 20 {
                    notes.append(ExchangeNote(.error, line: line.number, "not a GEDCOM line: \(problem.reason): '\(Self.clip(line.text))'"))
                }
                continue
            }
            if sawTrailer {
                notes.append(ExchangeNote(.warning, line: line.number, "lines after 0 TRLR are ignored"))
                break
            }
            if let limit = skippingAbove {
                if parsed.level > limit { continue }
                skippingAbove = nil
            }
            if parsed.level > 0 && stack.isEmpty {
                notes.append(ExchangeNote(.error, line: line.number, "a level-\(parsed.level) line comes before any record"))
                skippingAbove = 0
                continue
            }
            if parsed.level > stack.count {
                notes.append(
                    ExchangeNote(
                        .error, line: line.number,
                        "level \(parsed.level) follows level \(stack.count - 1): a level was skipped; this \(parsed.tag) line and the lines under it are left out"
                    ))
                skippingAbove = stack.count - 1
                continue
            }
            if parsed.level == 0 && stack.isEmpty && nodes.isEmpty && parsed.tag != "HEAD" {
                notes.append(ExchangeNote(.error, line: line.number, "a GEDCOM file begins with '0 HEAD'"))
            }
            if parsed.level > 0, parsed.tag == "CONC" || parsed.tag == "CONT" {
                let parent = stack[parsed.level - 1]
                nodes[parent].value += (parsed.tag == "CONT" ? "\n" : "") + parsed.value
                stack.removeSubrange(parsed.level...)
                continue
            }
            let index = nodes.count
            nodes.append(Node(tag: parsed.tag, xref: parsed.xref, value: parsed.value, line: line.number))
            if parsed.level == 0 {
                records.append(index)
                if parsed.tag == "TRLR" { sawTrailer = true }
                stack = [index]
            } else {
                nodes[stack[parsed.level - 1]].children.append(index)
                stack.removeSubrange(parsed.level...)
                stack.append(index)
            }
        }
        if badLines.count > 20 {
            notes.append(ExchangeNote(.error, line: badLines[20], "\(badLines.count - 20) more lines are not GEDCOM lines (lines \(GEDCOMText.list(Array(badLines.dropFirst(20)))))"))
        }
        if nodes.isEmpty {
            notes.append(ExchangeNote(.error, line: 1, "the file holds no GEDCOM lines"))
        } else if !sawTrailer {
            notes.append(
                ExchangeNote(
                    .error, line: lastLine,
                    "the file ends without '0 TRLR': it looks truncated; export it again from the genealogy program"))
        }
    }

    /// The first child of `node` with `tag`.
    func child(_ node: Int, _ tag: String) -> Int? {
        nodes[node].children.first { nodes[$0].tag == tag }
    }

    /// Every child of `node` with `tag`.
    func children(_ node: Int, _ tag: String) -> [Int] {
        nodes[node].children.filter { nodes[$0].tag == tag }
    }

    /// `node` and every node under it, in file order, found without recursion.
    /// - Complexity: O(size of the subtree).
    func subtree(_ node: Int) -> [Int] {
        var out: [Int] = []
        var pending = [node]
        while let next = pending.popLast() {
            out.append(next)
            pending.append(contentsOf: nodes[next].children.reversed())
        }
        return out
    }

    static func clip(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
