import CareerKit
import HTTPTypes
import Hummingbird

/// Answers too many writes from one client with 429 and Retry-After, before any work is done for them.
struct WriteRateLimitMiddleware: RouterMiddleware {
    let limiter: WriteRateLimiter

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method) else { return try await next(request, context) }
        let client = context.clientAddress ?? "unknown"
        if let seconds = limiter.retryAfter(client: client) {
            throw CareerError(
                .rateLimited, "too many changes from your address; try again in \(seconds) s",
                retryAfterSeconds: seconds)
        }
        return try await next(request, context)
    }
}
