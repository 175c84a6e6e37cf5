import Hummingbird

/// Refuses addresses longer than any link the site makes (414), with a readable page or a problem document,
/// before a route reads them: a pasted resume in a query string is a mistake, not a request.
struct LongAddressMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest address served; the longest the site makes (a comparison of four roles) is far shorter.
    static var limit: Int { 8_192 }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        guard request.uri.description.utf8.count <= Self.limit else {
            throw Problem(
                .uriTooLong,
                "This address is too long (over 8,000 characters). To analyse a long text, paste it into the form instead."
            )
        }
        return try await next(request, context)
    }
}
