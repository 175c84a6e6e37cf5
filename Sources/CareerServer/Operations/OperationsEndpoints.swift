import Foundation
import Hummingbird

/// What operators and API clients fetch about the server itself: its metrics and its API description.
struct OperationsEndpoints {
    let metrics: ServerMetrics

    /// The OpenAPI document, read once from the module's resources.
    static let openAPIDocument: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
        routes.get("openapi.yaml") { _, _ in
            guard !Self.openAPIDocument.isEmpty else {
                throw Problem(.internalServerError, "The API description is missing from this build.")
            }
            return Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.openAPIDocument)))
        }
        return routes
    }
}
