import Foundation
import HTTPTypes
import Hummingbird

/// What every response gets and every request must pass before any route: security
/// headers (a Content-Security-Policy with no inline script), GET and HEAD only, no
/// body (but a small form POSTed to one of `posts`: the team archive's sign-in),
/// bounded URL and query lengths, a rate limit, and errors turned into plain
/// 4xx/5xx answers instead of reaching the client as anything else.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Longest path plus query accepted, and longest query string.
    static var maxTarget: Int { 2048 }
    static var maxQuery: Int { 512 }
    /// Longest form body accepted on `posts`.
    static var maxForm: Int { 4096 }

    let limiter: RateLimiter
    /// The paths that take a POSTed form (none but on a team archive).
    var posts: Set<String> = []

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        if let refusal = refusal(request) {
            response = refusal
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPResponseError {
                let status = error.status
                response = Reply.html(
                    "<!DOCTYPE html><title>\(status.code)</title><p>\(HTML.escape(status.reasonPhrase))</p>\n", status: status)
            } catch {
                response = Reply.html("<!DOCTYPE html><title>500</title><p>Internal error</p>\n", status: .internalServerError)
            }
        }
        for field in SecurityHeaders.all where response.headers[field.name] == nil {
            response.headers.append(field)
        }
        return response
    }

    private func refusal(_ request: Request) -> Response? {
        let posting = request.method == .post && posts.contains(request.uri.path)
        guard request.method == .get || request.method == .head || posting else {
            var response = Reply.html("<!DOCTYPE html><title>405</title><p>Only GET is served.</p>\n", status: .methodNotAllowed)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        if let length = request.headers[.contentLength], length != "0", !posting || (Int(length) ?? .max) > Self.maxForm {
            return Reply.html("<!DOCTYPE html><title>413</title><p>Requests carry no body.</p>\n", status: .contentTooLarge)
        }
        if request.headers[.transferEncoding] != nil {
            return Reply.html("<!DOCTYPE html><title>413</title><p>Requests carry no body.</p>\n", status: .contentTooLarge)
        }
        let query = request.uri.query ?? ""
        if request.uri.path.utf8.count + query.utf8.count > Self.maxTarget || query.utf8.count > Self.maxQuery {
            return Reply.html("<!DOCTYPE html><title>414</title><p>The address is too long.</p>\n", status: .uriTooLong)
        }
        if !limiter.allow() {
            var response = Reply.html("<!DOCTYPE html><title>429</title><p>Too many requests: slow down.</p>\n", status: .tooManyRequests)
            response.headers[.retryAfter] = "1"
            return response
        }
        return nil
    }
}

/// A token bucket shared by all clients (the explorer listens on loopback): `rate`
/// requests a second on average, bursts up to twice that; a rate of 0 turns it off.
final class RateLimiter: Sendable {
    private let rate: Double
    private let state: Locked<(tokens: Double, last: UInt64)>

    init(perSecond rate: Int) {
        self.rate = Double(rate)
        state = Locked((Double(rate) * 2, DispatchTime.now().uptimeNanoseconds))
    }

    func allow() -> Bool {
        guard rate > 0 else { return true }
        let now = DispatchTime.now().uptimeNanoseconds
        return state.withLock { state in
            let elapsed = Double(now &- state.last) / 1e9
            state.last = now
            state.tokens = min(rate * 2, state.tokens + elapsed * rate)
            guard state.tokens >= 1 else { return false }
            state.tokens -= 1
            return true
        }
    }
}

/// The headers every response carries: no inline script or style, no framing, no
/// sniffing, no referrer (the first address holds the token), no caching.
enum SecurityHeaders {
    static let all: [HTTPField] = [
        ("Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
    ].compactMap { name, value in HTTPField.Name(name).map { HTTPField(name: $0, value: value) } }

}
