/// The frame every explorer page shares: title, navigation, the redaction banner,
/// the stylesheet and the one script, all served by the explorer itself.
struct PageLayout {
    /// The archive's title, shown in the header.
    var archiveTitle: String
    var revealProtected: Bool
    /// Why the archive on disk could not be loaded again, if it could not.
    var problem: String?
    /// Who is signed in, and their role, on a team archive.
    var signedIn: (user: String, role: String)?

    /// A whole HTML document: `title` (plain text, escaped here) and `body` (HTML
    /// already built from escaped parts).
    func page(title: String, body: String) -> String {
        var out = Self.head(title: title, script: true)
        out += "<header><a class=\"brand\" href=\"/\">KinGraph explorer</a>"
        out += "<span class=\"archive\">\(HTML.text(archiveTitle))</span><nav>"
        out += "<a href=\"/\">Search</a><a href=\"/path\">Path</a><a href=\"/stats\">Stats</a>"
        out += "<a href=\"/api/openapi.json\">API</a></nav>"
        if let signedIn {
            out += "<span class=\"user\">Signed in as \(HTML.text(signedIn.user)) (\(HTML.text(signedIn.role)))</span>"
            out += "<a class=\"sign-out\" href=\"/sign-out\">Sign out</a>"
        }
        out += "</header>"
        if signedIn?.role == "viewer" {
            out += "<p class=\"banner\">The database hides protected people from your role: each is shown as "
            out += "\u{201C}Protected person\u{201D}, without name, aliases, birth date, home or places.</p>"
        } else if revealProtected {
            out += "<p class=\"banner reveal\">Protected people are shown in full: internal use only, "
            out += "never publish what you see or download here.</p>"
        } else {
            out += "<p class=\"banner\">Protected people are shown by pseudonym, as in anything published.</p>"
        }
        if let problem { out += "<p class=\"banner problem\">\(HTML.text(problem))</p>" }
        out += "<main>" + body + "</main></body></html>\n"
        return out
    }

    /// The document up to `<body>`: `title` escaped here, the stylesheet and (with
    /// `script`) the one script.
    static func head(title: String, script: Bool) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>\(HTML.escape(title)) · KinGraph explorer</title>"
        out += "<link rel=\"stylesheet\" href=\"/static/explorer.css\">"
        if script { out += "<script src=\"/static/explorer.js\" defer></script>" }
        return out + "</head><body>"
    }

    /// A page that only says what went wrong.
    func errorPage(_ failure: ExplorerFailure) -> String {
        let heading: String
        switch failure {
        case .badRequest: heading = "That question cannot be answered"
        case .notFound: heading = "Not found"
        case .renderFailed: heading = "The diagram could not be drawn"
        }
        return page(
            title: heading,
            body: "<h1>\(HTML.escape(heading))</h1><p class=\"error\">\(HTML.text(failure.description))</p>"
                + "<p><a href=\"/\">Back to the search</a></p>")
    }
}
