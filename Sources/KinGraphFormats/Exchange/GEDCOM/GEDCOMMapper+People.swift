import KinGraphCore

extension GEDCOMMapper {
    /// Maps one INDI record to a person (and its ASSO lines to ties).
    mutating func mapPerson(_ record: Int) {
        let node = tree.nodes[record]
        guard let xref = node.xref, records[xref]?.node == record else { return }
        var names: [String] = []
        var variants: [String] = []
        var sex: Sex?
        var born: FuzzyDate?
        var home: String?
        var isProtected = false
        for child in node.children {
            let c = tree.nodes[child]
            switch c.tag {
            case "NAME":
                names.append(personalName(child))
                for sub in tree.nodes[child].children {
                    let s = tree.nodes[sub]
                    switch s.tag {
                    case "ROMN", "FONE", "TRAN": variants.append(Self.cleanName(s.value))
                    case "NICK": variants.append(Self.cleanName(s.value))
                    default: break
                    }
                }
            case "SEX":
                switch c.value.trimmingCharacters(in: " \t").uppercased() {
                case "M": sex = .male
                case "F": sex = .female
                case "X": sex = .other
                case "U", "": sex = nil
                default: notes.append(ExchangeNote(.warning, line: c.line, "SEX \(c.value) is not M, F, X or U; left out"))
                }
            case "BIRT":
                if born == nil, let d = tree.child(child, "DATE") { born = date(tree.nodes[d]) }
            case "RESI":
                if let p = tree.child(child, "PLAC") {
                    let place = Self.oneLine(tree.nodes[p].value)
                    if !place.isEmpty { home = place }
                }
            case "RESN":
                let words = c.value.uppercased().split(whereSeparator: { $0 == "," || $0 == " " })
                if words.contains("CONFIDENTIAL") || words.contains("PRIVACY") { isProtected = true }
            case "ASSO":
                mapAssociate(from: xref, child)
            case "FAMS", "FAMC":
                if let pointer = c.value.gedcomPointer {
                    _ = resolve(pointer, "FAM", line: c.line, what: "the \(c.tag) link")
                }
            case "SOUR":
                continue
            default:
                unmapped.add("INDI", c.tag, line: c.line)
            }
        }
        let all = (names + variants).filter { !$0.isEmpty }
        let hangul = all.first(where: Self.isHangul)
        let name = all.first(where: { !Self.isHangul($0) }) ?? hangul
        var aliases: [String] = []
        for n in all where n != name && n != hangul && !aliases.contains(n) { aliases.append(n) }
        let finalName: String
        if let name {
            finalName = name
        } else {
            finalName = "Unnamed \(xref)"
            notes.append(ExchangeNote(.warning, line: node.line, "@\(xref)@ has no name; named '\(finalName)'"))
        }
        people.append(
            Person(
                id: xref, name: finalName, hangul: hangul, aliases: aliases, sex: sex, born: born, home: home,
                isProtected: isProtected, sources: SourceList(citations(under: record))))
    }

    /// A NAME value without the `/surname/` slashes; the GIVN and SURN parts when the value is empty.
    private func personalName(_ node: Int) -> String {
        let value = Self.cleanName(tree.nodes[node].value)
        if !value.isEmpty { return value }
        let parts = ["NPFX", "GIVN", "SPFX", "SURN", "NSFX"].compactMap { tag in
            tree.child(node, tag).map { Self.cleanName(tree.nodes[$0].value) }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `John /Smith/ Jr.` → `John Smith Jr.`
    static func cleanName(_ value: String) -> String {
        value.split(whereSeparator: { $0 == "/" || $0.isWhitespace }).joined(separator: " ")
    }

    /// `true` when `text` holds Hangul syllables or jamo.
    static func isHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value) || (0x3130...0x318F).contains($0.value) }
    }

    /// An ASSO line: a tie from the person to the associate, its kind from RELA (5.5.1) or ROLE (7.0).
    private mutating func mapAssociate(from xref: String, _ node: Int) {
        let n = tree.nodes[node]
        guard let pointer = n.value.gedcomPointer else {
            notes.append(ExchangeNote(.warning, line: n.line, "ASSO without a pointer to a person is left out"))
            return
        }
        guard let target = resolve(pointer, "INDI", line: n.line, what: "the association") else { return }
        let role = [tree.child(node, "RELA"), tree.child(node, "ROLE")].compactMap { $0 }.first
            .map { tree.nodes[$0].value.lowercased() } ?? ""
        let kind: TieKind
        if role.contains("friend") {
            kind = .friend
        } else if role.contains("neighbo") || role.contains("nghbr") {
            kind = .neighbour
        } else if role.contains("colleague") || role.contains("cowork") {
            kind = .colleague
        } else {
            kind = .associate
        }
        addTie(Tie(from: xref, to: target, kind: kind, sources: SourceList(citations(under: node))), line: n.line)
    }
}
