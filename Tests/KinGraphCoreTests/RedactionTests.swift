import Testing

@testable import KinGraphCore

/// A small fictional archive: Ri Son-hui (protected) is the mother of Pak Yong-ho,
/// whose defection led to her arrest.
private func family(title: String = "Fictional case file") throws -> Archive {
    Archive(
        title: title,
        sources: [Source(id: "T-001", kind: .testimony, date: try FuzzyDate(parsing: "2019-05"))],
        people: [
            Person(id: "P-01", name: "Pak Yong-ho", hangul: "박영호", born: try FuzzyDate(parsing: "1990"),
                   home: "Hyesan", status: .defected, sources: ["T-001"]),
            Person(id: "P-02", name: "Ri Son-hui", hangul: "리선희", aliases: ["Auntie Ri"], sex: .female,
                   born: try FuzzyDate(parsing: "1961-03-08"), home: "Hyesan, Ryanggang", status: .detained,
                   isProtected: true, sources: ["T-001"]),
        ],
        ties: [Tie(from: "P-02", to: "P-01", kind: .parent, sources: ["T-001"])],
        events: [
            Event(id: "E-01", person: "P-01", kind: .defection, date: try FuzzyDate(parsing: "2014"),
                  place: "Hyesan", sources: ["T-001"]),
            Event(id: "E-02", person: "P-02", kind: .arrest, date: try FuzzyDate(parsing: "2014-06"),
                  place: "Hyesan, Ryanggang", country: "KP", agency: "MSS", facility: "Kyohwaso 12",
                  sources: ["T-001"]),
        ],
        links: [Link(cause: "E-01", effect: "E-02", kind: .guiltByAssociation, sources: ["T-001"])]
    )
}

@Test func protectedPersonLosesEveryIdentifyingField() throws {
    let archive = try family()
    let redactor = Redactor(archive)
    let safe = redactor.redact(archive)
    let pseudonym = try #require(redactor.pseudonym(for: "P-02"))
    #expect(pseudonym.hasPrefix("Protected person "))
    let n = try #require(Int(pseudonym.dropFirst("Protected person ".count)))
    #expect((1000...9999).contains(n))

    let person = try #require(safe.people.first { $0.name == pseudonym })
    #expect(person.id == "protected-\(n)")
    #expect(person.hangul == nil && person.aliases.isEmpty && person.born == nil)
    #expect(person.home == nil && person.sex == nil)
    #expect(person.status == .detained)
    #expect(person.isProtected)
    #expect(!safe.people.contains { $0.id == "P-02" })
}

@Test func idsAreRewrittenInTiesAndEventsAndPlacesDropped() throws {
    let archive = try family()
    let redactor = Redactor(archive)
    let safe = redactor.redact(archive)
    let newID = redactor.redactedID(for: "P-02")
    #expect(newID != "P-02")
    #expect(safe.ties == [Tie(from: newID, to: "P-01", kind: .parent, sources: ["T-001"])])
    let arrest = try #require(safe.events.first { $0.id == "E-02" })
    #expect(arrest.person == newID)
    #expect(arrest.place == nil && arrest.facility == nil)
    #expect(arrest.agency == "MSS" && arrest.country == "KP")
    // Unprotected people and their events are untouched; so are links and sources.
    #expect(safe.people[0] == archive.people[0])
    #expect(safe.events[0] == archive.events[0])
    #expect(safe.links == archive.links && safe.sources == archive.sources)
}

@Test func numberDependsOnIdAndTitleNotPosition() throws {
    let archive = try family()
    var reordered = archive
    reordered.people.reverse()
    reordered.people.append(
        Person(id: "P-03", name: "Kang Min", isProtected: true, sources: ["T-001"]))
    let a = Redactor(archive).pseudonym(for: "P-02")
    #expect(a != nil)
    #expect(Redactor(reordered).pseudonym(for: "P-02") == a)
    // The number is the FNV-1a slot of (title, id), shifted into 1000…9999.
    let expected = 1000 + Int(Redactor.fnv1a("Fictional case file", "P-02") % 9000)
    #expect(a == "Protected person \(expected)")
    // Another archive title gives another number for the same id.
    let other = try family(title: "Another file")
    let expectedOther = 1000 + Int(Redactor.fnv1a("Another file", "P-02") % 9000)
    #expect(Redactor(other).pseudonym(for: "P-02") == "Protected person \(expectedOther)")
    #expect(expected != expectedOther)
}

@Test func fnv1aMatchesTheReferenceValues() {
    // Published FNV-1a 64 test vectors.
    #expect(Redactor.fnv1a(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    #expect(Redactor.fnv1a(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    #expect(Redactor.fnv1a("", "a") == Redactor.fnv1a([0, UInt8(ascii: "a")]))
    #expect(Redactor.fnv1a("", "a") != Redactor.fnv1a("a", ""))
}

@Test func collisionsResolveToDistinctStableNumbers() throws {
    // 3,000 protected people in 9,000 slots collide many times over.
    let people = (0..<3000).map {
        Person(id: "P-\($0)", name: "Person \($0)", isProtected: true, sources: ["T-001"])
    }
    let archive = Archive(title: "Many", people: people)
    let redactor = Redactor(archive)
    let names = people.compactMap { redactor.pseudonym(for: $0.id) }
    #expect(names.count == 3000)
    #expect(Set(names).count == 3000)
    let again = Redactor(Archive(title: "Many", people: people.reversed()))
    #expect(people.allSatisfy { again.pseudonym(for: $0.id) == redactor.pseudonym(for: $0.id) })
}

@Test func moreThanFourAndAHalfThousandProtectedPeopleGetFiveDigits() {
    let people = (0..<4501).map { Person(id: "P-\($0)", name: "X", isProtected: true, sources: []) }
    let redactor = Redactor(Archive(title: "Large", people: people))
    let ids = Set(people.map { redactor.redactedID(for: $0.id) })
    #expect(ids.count == 4501)
    #expect(ids.allSatisfy { $0.count == "protected-12345".count })
}

@Test func pseudonymousIdNeverCollidesWithAnUnprotectedId() throws {
    let archive = try family()
    let taken = Redactor(archive).redactedID(for: "P-02")
    var tricky = archive
    tricky.people.append(Person(id: taken, name: "Someone else", sources: ["T-001"]))
    let redactor = Redactor(tricky)
    #expect(redactor.redactedID(for: "P-02") != taken)
    #expect(redactor.redactedID(for: taken) == taken)
}

@Test func archiveWithoutProtectedPeopleIsUnchanged() throws {
    var archive = try family()
    archive.people[1].isProtected = false
    let redactor = Redactor(archive)
    #expect(redactor.redact(archive) == archive)
    #expect(redactor.pseudonym(for: "P-02") == nil)
    #expect(!redactor.isProtected("P-02"))
}

@Test func redactingTwiceGivesTheSamePseudonyms() throws {
    let archive = try family()
    let once = Redactor(archive).redact(archive)
    let twice = Redactor(once).redact(once)
    #expect(twice == once)
    #expect(once.people[1].name == Redactor(archive).pseudonym(for: "P-02"))
}
