/// The sign-in form of a team archive: user name and password, sent by POST with a
/// nonce that must equal the one in the form's own cookie (SameSite=Strict), so no
/// other site can sign anyone in or out of anything. Every value is escaped.
struct SignInPage {
    /// Where the archive is (`postgres://host:port/database`).
    var place: String

    /// The whole document; `user` is put back in the form, `message` says why the
    /// last attempt failed.
    func render(user: String?, nonce: String, message: String?) -> String {
        var out = PageLayout.head(title: "Sign in", script: false)
        out += "<header><span class=\"brand\">KinGraph explorer</span><span class=\"archive\">\(HTML.text(place))</span></header>"
        out += "<main><h1>Sign in</h1><p>Sign in with your own user name and password on this archive's "
        out += "PostgreSQL server: you see what your role there may read.</p>"
        if let message { out += "<p class=\"error\" role=\"alert\">\(HTML.text(message))</p>" }
        out += "<form method=\"post\" action=\"/sign-in\" class=\"sign-in\">"
        out += "<input type=\"hidden\" name=\"nonce\" value=\"\(HTML.attribute(nonce))\">"
        out += "<p><label>User <input name=\"user\" autocomplete=\"username\" required maxlength=\"63\" value=\""
        out += HTML.attribute(user ?? "") + "\"></label></p>"
        out += "<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>"
        out += "<p><button type=\"submit\">Sign in</button></p></form></main></body></html>\n"
        return out
    }
}
