/// Replaces every protected person by a pseudonym before anything is published.
///
/// Each protected person gets "Protected person N" and the id `protected-N`. N comes
/// from an FNV-1a hash of the archive's title and the person's id, not from their
/// position, so it stays the same when records are added, removed or reordered
/// (unless two people's hashes collide, which is resolved deterministically by
/// trying the next number). N has four digits (1000…9999) while there are at most
/// 4,500 protected people, and one more digit for every tenfold more.
///
///     let redactor = Redactor(archive)
///     let safe = redactor.redact(archive)   // what writers and renderers get
///     redactor.pseudonym(for: "P-0007")     // "Protected person 4821"
///
/// Redaction happens on the data, before any writer or renderer sees it, so no
/// output path can forget it. A redacted person keeps their status and sources and
/// loses name, hangul, aliases, sex, birth date and home; their events lose place
/// and facility (which may reveal where they live). Sources are left untouched.
public struct Redactor: Sendable {
    /// The number N of each protected person, by original id.
    private let numbers: [String: Int]

    /// Assigns a number to every protected person of `archive`.
    ///
    /// - Complexity: O(p log p) for p people.
    public init(_ archive: Archive) {
        let title = archive.title ?? ""
        let protected = archive.people.filter(\.isProtected).map(\.id)
        let unprotectedIDs = Set(archive.people.lazy.filter { !$0.isProtected }.map(\.id))
        var digits = 4
        while protected.count * 2 > 9 * Redactor.power(10, digits - 1) { digits += 1 }
        let low = Redactor.power(10, digits - 1)
        let span = 9 * low
        // Sort by (hash slot, id) so collisions resolve the same way every time.
        let slots = protected.map { id in (slot: Int(Redactor.fnv1a(title, id) % UInt64(span)), id: id) }
            .sorted { ($0.slot, $0.id) < ($1.slot, $1.id) }
        var taken = Set<Int>()
        var numbers: [String: Int] = [:]
        // Someone already redacted keeps their number, so redacting twice (a redacted
        // answer drawn as a diagram) gives the same pseudonyms as redacting once.
        for person in archive.people where person.isProtected {
            guard let n = Redactor.existingNumber(of: person), (low..<low + span).contains(n) else { continue }
            numbers[person.id] = n
            taken.insert(n - low)
        }
        for (slot, id) in slots where numbers[id] == nil {
            var offset = slot
            // An unprotected person may already use the pseudonymous id: skip it too.
            while taken.contains(offset) || unprotectedIDs.contains(Redactor.pseudonymousID(low + offset)) {
                offset = (offset + 1) % span
            }
            taken.insert(offset)
            numbers[id] = low + offset
        }
        self.numbers = numbers
    }

    /// N when `person` is already a pseudonym (`protected-N`, "Protected person N").
    private static func existingNumber(of person: Person) -> Int? {
        guard person.id.hasPrefix("protected-"), let n = Int(person.id.dropFirst("protected-".count)),
            person.name == "Protected person \(n)", pseudonymousID(n) == person.id
        else { return nil }
        return n
    }

    /// `true` when `personID` names a protected person.
    public func isProtected(_ personID: String) -> Bool { numbers[personID] != nil }

    /// "Protected person N" for a protected person, `nil` for anyone else.
    public func pseudonym(for personID: String) -> String? {
        numbers[personID].map { "Protected person \($0)" }
    }

    /// The id a person has after redaction: `protected-N` when protected, else unchanged.
    public func redactedID(for personID: String) -> String {
        numbers[personID].map(Redactor.pseudonymousID) ?? personID
    }

    /// The archive with every protected person replaced by their pseudonym, and their
    /// id rewritten consistently in people, ties and events.
    ///
    /// - Complexity: O(p + t + e) for p people, t ties and e events.
    public func redact(_ archive: Archive) -> Archive {
        if numbers.isEmpty { return archive }
        var result = archive
        result.people = archive.people.map { person in
            guard let n = numbers[person.id] else { return person }
            return Person(
                id: Redactor.pseudonymousID(n), name: "Protected person \(n)", status: person.status,
                isProtected: true, sources: person.sources)
        }
        result.ties = archive.ties.map { tie in
            var tie = tie
            tie.from = redactedID(for: tie.from)
            tie.to = redactedID(for: tie.to)
            return tie
        }
        result.events = archive.events.map { event in
            guard numbers[event.person] != nil else { return event }
            var event = event
            event.person = redactedID(for: event.person)
            event.place = nil
            event.facility = nil
            return event
        }
        return result
    }

    static func pseudonymousID(_ n: Int) -> String { "protected-\(n)" }

    /// FNV-1a, 64 bits, over the UTF-8 of `title`, a zero byte, and `id`.
    static func fnv1a(_ title: String, _ id: String) -> UInt64 {
        fnv1a(Array(title.utf8) + [0] + Array(id.utf8))
    }

    /// FNV-1a, 64 bits, over `bytes`.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }
}
