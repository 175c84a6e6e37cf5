import Dispatch
import Hummingbird

/// Records every request's count and latency by route, after the problem middleware has turned errors into responses.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let start = DispatchTime.now().uptimeNanoseconds
        let method = request.method.rawValue
        do {
            let response = try await next(request, context)
            record(context, method: method, status: response.status.code, start: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(context, method: method, status: status, start: start)
            throw error
        }
    }

    private func record(_ context: Context, method: String, status: Int, start: UInt64) {
        // Unmatched paths share one label so that probing random URLs cannot grow the registry.
        // (Hummingbird names them "NotFound"; the label says what happened instead.)
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
        metrics.recordRequest(
            route: route, method: method, status: status,
            nanoseconds: DispatchTime.now().uptimeNanoseconds &- start)
    }
}
