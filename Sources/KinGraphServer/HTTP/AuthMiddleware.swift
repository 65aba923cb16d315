import Hummingbird

/// Lets a request through only with the server's access token: `?token=` once (the
/// URL `kingraph serve` prints; answered with a cookie and a redirect to the same
/// address without it), then the cookie, or `Authorization: Bearer TOKEN` for
/// scripts. Anything else gets 401, whatever it holds.
struct AuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    /// The cookie's name: per server, so two explorers on one machine do not clash.
    var cookieName: String { "kingraph_" + token.prefix(8) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let pairs = (request.uri.query ?? "").split(separator: "&")
        if let given = pairs.first(where: { $0.hasPrefix("token=") }) {
            guard Self.same(String(given.dropFirst(6)), token) else { return unauthorized(request) }
            let rest = pairs.filter { !$0.hasPrefix("token=") }.joined(separator: "&")
            var path = request.uri.path
            if !path.hasPrefix("/") || path.hasPrefix("//") { path = "/" }
            var response = Response(status: .seeOther, headers: [.location: rest.isEmpty ? path : path + "?" + rest])
            response.setCookie(Cookie(name: cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        if let cookie = request.cookies[cookieName], Self.same(cookie.value, token) {
            return try await next(request, context)
        }
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            Self.same(String(header.dropFirst(7)), token)
        {
            return try await next(request, context)
        }
        return unauthorized(request)
    }

    private func unauthorized(_ request: Request) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return Reply.jsonError(
                "no access token: open the URL kingraph serve printed, or send Authorization: Bearer TOKEN",
                status: .unauthorized)
        }
        return Reply.html(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Access token needed</title></head>"
                + "<body><h1>Access token needed</h1><p>Open the address <code>kingraph serve</code> printed when it "
                + "started (it ends with <code>?token=…</code>).</p></body></html>\n", status: .unauthorized)
    }

    /// Compares in time that depends only on the lengths.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
