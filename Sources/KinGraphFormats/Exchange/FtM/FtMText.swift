import KinGraphCore

/// Text as FtM's property types keep it.
enum FtMText {
    /// A name as FtM's `name` type cleans it: whitespace runs collapsed to one space, trimmed.
    static func name(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A place on one line, as FtM's `address` type keeps it (line breaks become `, `).
    static func line(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline }).map { name(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// A sentence for people reading an event in Aleph: kind, facility, place, agency, reason, case.
    static func summary(_ event: Event) -> String {
        var text = event.kind.rawValue
        if let facility = event.facility { text += " at " + facility }
        if let place = event.place { text += (event.facility == nil ? " in " : ", ") + place }
        if let agency = event.agency { text += " by " + agency }
        if let reason = event.reason { text += "; reason: " + reason.rawValue }
        if let caseID = event.caseID { text += "; case " + caseID }
        return text
    }
}
