import Hummingbird

/// On a team archive, lets a request through only with a signed-in session (after
/// the token check): the sign-in page and the assets are open; any other page
/// without a session is sent to `/sign-in`, and `/api/` gets 401 JSON. The route
/// then reads the session's user from `SignedIn.current`.
struct SignInMiddleware<Context: RequestContext>: RouterMiddleware {
    let team: TeamArchive
    let cookieName: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let path = request.uri.path
        if path == "/sign-in" || path.hasPrefix("/static/") { return try await next(request, context) }
        if let id = request.cookies[cookieName]?.value, let user = team.user(session: id) {
            return try await SignedIn.$current.withValue(SignedIn(session: id, user: user)) {
                try await next(request, context)
            }
        }
        if path.hasPrefix("/api/") {
            return Reply.jsonError(
                "not signed in: sign in at /sign-in (a script POSTs user and password there with its Bearer token and keeps the cookie)",
                status: .unauthorized)
        }
        return Response(status: .seeOther, headers: [.location: "/sign-in"])
    }
}

/// The signed-in user a request is answered for (set by `SignInMiddleware`).
struct SignedIn: Sendable {
    let session: String
    let user: TeamUser

    @TaskLocal static var current: SignedIn?
}
