import Dispatch
import Hummingbird
import Logging

/// Logs each request at info level, once answered: method, route, status, time taken and the client's address.
/// Under a log level above info nothing is logged per request. The route is logged as declared ("/results/{token}")
/// rather than as requested: a path may hold a private token, and a query what a person typed.
struct RequestLogMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard context.logger.logLevel <= .info else { return try await next(request, context) }
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, start: start)
            return response
        } catch {
            log(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, start: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: AppRequestContext, status: Int, start: UInt64) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e6
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "route": "\(context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched")",
                "status": "\(status)",
                "ms": "\((milliseconds * 10).rounded() / 10)", "client": "\(context.clientAddress ?? "unknown")",
            ])
    }
}
