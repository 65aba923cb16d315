import Hummingbird

/// Why a request got no answer: the status and a message for the page or the JSON
/// error object.
public enum ExplorerFailure: Error, Sendable, CustomStringConvertible {
    case badRequest(String)
    case notFound(String)
    /// The diagram could not be drawn (too large, Graphviz failed, the helper crashed or timed out).
    case renderFailed(String)

    public var description: String {
        switch self {
        case .badRequest(let m), .notFound(let m), .renderFailed(let m): return m
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .notFound: return .notFound
        case .renderFailed: return .internalServerError
        }
    }
}
