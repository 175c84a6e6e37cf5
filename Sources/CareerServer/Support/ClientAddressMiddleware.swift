import Hummingbird

/// Works out who the client is once per request, before the rate limit and the log read it.
struct ClientAddressMiddleware: RouterMiddleware {
    let trusted: TrustedProxies

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.clientAddress = trusted.clientAddress(
            peer: context.remoteAddress?.ipAddress, headers: request.headers)
        return try await next(request, context)
    }
}
