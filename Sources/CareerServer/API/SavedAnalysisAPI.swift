import CareerKit
import Foundation
import Hummingbird

/// A saved resume or posting by its private token: read again, or deleted by its owner.
struct SavedAnalysisAPI {
    let service: CareerService

    /// A saved analysis as JSON.
    struct Opened: Encodable, Sendable {
        let kind: SavedAnalysis.Kind
        let text: String
        let createdAt: Date?
        let analysis: DocumentAnalysis
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("analyses/:token") { _, context in
            let opened = try await service.openAnalysis(token: try context.parameters.require("token"))
            return JSONResponse(
                Opened(kind: opened.kind, text: opened.text, createdAt: opened.createdAt, analysis: opened.analysis))
        }
        routes.delete("analyses/:token") { _, context in
            try await service.deleteAnalysis(token: try context.parameters.require("token"))
            return HTTPResponse.Status.noContent
        }
        return routes
    }
}
