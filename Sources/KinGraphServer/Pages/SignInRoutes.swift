import Hummingbird

extension Explorer {
    /// `/sign-in` (the form, and its POST) and `/sign-out` on a team archive.
    func addSignIn(to router: Router<BasicRequestContext>, team: TeamArchive) {
        router.get("/sign-in") { request, _ in self.signInForm(request, team, user: nil, message: nil, status: .ok) }
        router.post("/sign-in") { request, _ in
            let body = try await request.body.collect(upTo: GuardMiddleware<BasicRequestContext>.maxForm)
            guard let form = try? QueryParameters(String(buffer: body)) else {
                return self.signInForm(request, team, user: nil, message: "the form could not be read", status: .badRequest)
            }
            let user = form["user"] ?? ""
            guard self.fromThisServer(request, nonce: form.untrimmed("nonce")) else {
                return self.signInForm(
                    request, team, user: user, message: "the form was too old or came from elsewhere: sign in again", status: .forbidden)
            }
            do throws(SignInRefusal) {
                let id = try await team.signIn(user, password: form.untrimmed("password") ?? "")
                // Signing in again (perhaps as someone else) ends the browser's old session.
                if let old = request.cookies[self.sessionCookie]?.value { team.signOut(old) }
                var response = Response(status: .seeOther, headers: [.location: "/"])
                response.setCookie(Cookie(name: self.sessionCookie, value: id, path: "/", httpOnly: true, sameSite: .strict))
                return response
            } catch {
                return self.signInForm(request, team, user: user, message: error.message, status: error.forbidden ? .forbidden : .unauthorized)
            }
        }
        router.get("/sign-out") { request, _ in
            if let id = request.cookies[self.sessionCookie]?.value { team.signOut(id) }
            var response = Response(status: .seeOther, headers: [.location: "/sign-in"])
            response.setCookie(Cookie(name: self.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// The session cookie's name (per server, as the token's).
    var sessionCookie: String { "kingraph_session_" + settings.token.prefix(8) }
    /// The cookie holding the sign-in form's nonce.
    var formCookie: String { "kingraph_form_" + settings.token.prefix(8) }

    /// Whether a sign-in POST comes from this server's own form (its nonce equals the
    /// form cookie's), or from a script that sends the token itself (a browser never
    /// adds `Authorization` to another site's request).
    private func fromThisServer(_ request: Request, nonce: String?) -> Bool {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            AuthMiddleware<BasicRequestContext>.same(String(header.dropFirst(7)), settings.token)
        {
            return true
        }
        guard let nonce, let kept = request.cookies[formCookie]?.value, !kept.isEmpty else { return false }
        return AuthMiddleware<BasicRequestContext>.same(nonce, kept)
    }

    /// The form with the browser's nonce, or a fresh one (also set as its cookie). The
    /// nonce is kept while the browser has one: a browser fetches more than the page
    /// (its icon, say), every such fetch without a session is sent to this form, and a
    /// nonce made anew each time would no longer match the form the user is typing in.
    private func signInForm(
        _ request: Request, _ team: TeamArchive, user: String?, message: String?, status: HTTPResponse.Status
    ) -> Response {
        let kept = request.cookies[formCookie]?.value ?? ""
        let nonce = kept.count == 32 && kept.allSatisfy(\.isHexDigit) ? kept : Explorer.newToken()
        var response = Reply.html(SignInPage(place: team.place).render(user: user, nonce: nonce, message: message), status: status)
        response.setCookie(Cookie(name: formCookie, value: nonce, path: "/sign-in", httpOnly: true, sameSite: .strict))
        return response
    }
}
