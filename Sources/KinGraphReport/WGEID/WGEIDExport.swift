import KinGraphCore
import KinGraphFormats

/// The WGEID export: `cases.csv`, one row per disappeared person in the Working
/// Group's fields plus what is missing, and `cases/ID.txt`, the same case as a
/// filled text with the circumstances told as numbered steps and the sources.
///
/// The archive given is the one to be submitted: redacted by the caller unless
/// protected people are revealed, so a protected person's identity fields are
/// missing and listed as such.
public struct WGEIDExport: Sendable {
    public var submitter: String?

    public init(submitter: String? = nil) {
        self.submitter = submitter
    }

    /// The cases of `archive`.
    public func cases(_ archive: Archive) -> [WGEIDCase] {
        WGEIDCase.cases(in: archive, submitter: submitter)
    }

    /// The files to write, by path inside the output folder, in writing order.
    public func files(_ archive: Archive) -> [(name: String, bytes: [UInt8])] {
        let cases = cases(archive)
        var table = CSVSheet(header: ["KinGraph person", "Case", "Status"] + WGEIDField.allCases.map(\.rawValue) + ["Sources", "Missing"])
        var files: [(String, [UInt8])] = []
        for c in cases {
            table.append(
                [c.person, c.cases.joined(separator: "; "), c.status] + WGEIDField.allCases.map { c.values[$0] ?? "" }
                    + [c.sources.joined(separator: " | "), missingText(c)])
            files.append(("cases/\(Self.fileName(c.person)).txt", Array(text(c).utf8)))
        }
        return [("cases.csv", table.bytes)] + files
    }

    /// "Action taken by … (minimum element); Nationality(ies)".
    func missingText(_ c: WGEIDCase) -> String {
        c.missing.map { $0.rawValue + ($0.isMinimum ? " (minimum element)" : "") }.joined(separator: "; ")
    }

    /// The case as a filled text, in the form's order.
    public func text(_ c: WGEIDCase) -> String {
        var out = "Case submitted to the UN Working Group on Enforced or Involuntary Disappearances\n"
        out += "KinGraph person \(c.person)\(c.cases.isEmpty ? "" : ", case " + c.cases.joined(separator: ", ")); status \(c.status)\n"
        let sections: [(String, [WGEIDField])] = [
            ("I. Identity of the person subjected to enforced or involuntary disappearance",
             [.familyName, .firstName, .otherNames, .sex, .birthDate, .nationality, .address]),
            ("II. Date on which the disappearance took place", [.dateOfArrest, .dateLastSeen]),
            ("III. Place of arrest or abduction", [.placeOfArrest, .placeLastSeen]),
            ("IV. Forces (State or State-supported) believed to be responsible", [.forces]),
            ("V. Action taken by relatives or others to locate the person", [.action]),
            ("VI. Identity of the person or organization submitting the report", [.submitter]),
        ]
        for (title, fields) in sections {
            out += "\n\(title)\n"
            for field in fields { out += "  \(field.rawValue): \(c.values[field] ?? "MISSING")\n" }
        }
        out += "\nCircumstances\n"
        out += c.circumstances.isEmpty ? "  No causal chain is recorded.\n" : c.circumstances.map { "  \($0)\n" }.joined()
        out += "\nSources\n" + c.sources.map { "  \($0)\n" }.joined()
        let missing = c.missing
        out += "\nMissing (to ask in the next interview)\n"
        out += missing.isEmpty ? "  nothing\n" : missing.map { "  - \($0.rawValue)\($0.isMinimum ? " (minimum element)" : "")\n" }.joined()
        return out
    }

    /// A person id as a file name: letters, digits, `-` and `_` kept, others `_`.
    static func fileName(_ id: String) -> String {
        String(id.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            return ok ? Character(scalar) : "_"
        })
    }
}
