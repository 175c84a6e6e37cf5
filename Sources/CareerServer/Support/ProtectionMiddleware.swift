import HTTPTypes
import Hummingbird

/// Answers too many writes from one client with 429 and Retry-After, before any work is done for them.
struct WriteRateLimitMiddleware: RouterMiddleware {
    let limiter: WriteRateLimiter

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method) else { return try await next(request, context) }
        let client = context.remoteAddress?.ipAddress ?? "unknown"
        if let seconds = limiter.retryAfter(client: client) {
            var problem = Problem(.tooManyRequests, "Too many changes from your address; try again in \(seconds) s.")
            problem.headers[.retryAfter] = String(seconds)
            throw problem
        }
        return try await next(request, context)
    }
}

/// Built once: they never change, and building them per request showed in the page benchmark.
private let securityHeaders: HTTPFields = [
    .contentSecurityPolicy:
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    .xContentTypeOptions: "nosniff",
    .referrerPolicy: "no-referrer",
    .xFrameOptions: "DENY",
]

/// Security headers on every response, errors included: no scripts but our own files (there are none inline),
/// no framing, no content sniffing, and no Referer, since share links carry private tokens.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers.append(contentsOf: securityHeaders)
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
