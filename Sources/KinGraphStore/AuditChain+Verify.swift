import KinGraphCore

extension AuditChain {
    /// What is wrong with a log of `entries` (in order of `seq`) whose head KinGraph
    /// kept as `head` (`"SEQ HASH"`): entries missing or edited since KinGraph wrote
    /// them. `[]` for an intact log. Problems name `file:audit` and the entry.
    ///
    /// - Complexity: O(size of the log).
    package static func problems(entries: [AuditEntry], head: String?, file: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ seq: Int64?, _ message: String) {
            problems.append(
                Problem(.error, place: "\(file):audit", recordID: seq.map { "entry \($0)" }, message: message, field: nil))
        }
        let prefix = "the audit log was changed outside KinGraph: "
        var expected: Int64 = 1
        var previous = genesis
        for entry in entries {
            if entry.seq != expected {
                let range = entry.seq - 1 == expected ? "entry \(expected) is" : "entries \(expected)–\(entry.seq - 1) are"
                report(entry.seq, prefix + "\(range) missing (deleted)")
            } else if hash(entry, previous: previous) != entry.hash {
                report(entry.seq, prefix + "entry \(entry.seq) was edited (its hash does not match its content and the entry before it)")
            }
            previous = entry.hash
            expected = entry.seq + 1
        }
        let last = expected - 1
        if let head {
            let parts = head.split(separator: " ").map(String.init)
            if parts.count == 2, let seq = Int64(parts[0]) {
                if seq > last {
                    report(nil, prefix + "the log ends at entry \(last), but KinGraph last wrote entry \(seq): the last entries were deleted")
                } else if seq == last && parts[1] != previous {
                    report(seq, prefix + "entry \(seq) was edited (it is not the entry KinGraph last wrote)")
                } else if seq < last {
                    report(seq + 1, prefix + "entries after \(seq) were not written by KinGraph")
                }
            } else {
                report(nil, prefix + "the log's head in meta is damaged")
            }
        } else if last > 0 {
            report(nil, prefix + "the log's head in meta was deleted")
        }
        return problems
    }
}
