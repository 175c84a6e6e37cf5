import CareerKit
import Foundation
import Hummingbird

/// Resume and posting analysis. Text is analysed in memory and never stored unless `save` is true.
struct AnalysisAPI {
    let service: CareerService

    /// What a client sends: the text, an optional target role, and whether to keep it.
    struct AnalysisRequest: Decodable {
        let text: String
        let target: String?
        let save: Bool?
    }

    /// A resume and a posting to read against each other; neither is stored.
    struct MatchRequest: Decodable {
        let resume: String
        let posting: String
    }

    /// An analysis, with the token when it was saved.
    struct Analysed: Encodable, Sendable {
        let token: ResultToken?
        let analysis: DocumentAnalysis
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("resume") { request, context in try await analyze(request, context, as: .resume) }
        routes.post("job") { request, context in try await analyze(request, context, as: .posting) }
        routes.post("match") { request, context in
            let input = try await request.decode(as: MatchRequest.self, context: context)
            return JSONResponse(try await service.match(resume: .text(input.resume), posting: .text(input.posting)))
        }
        return routes
    }

    private func analyze(
        _ request: Request, _ context: AppRequestContext, as kind: SavedAnalysis.Kind
    ) async throws -> JSONResponse<Analysed> {
        let input = try await request.decode(as: AnalysisRequest.self, context: context)
        let analysed = try await service.analyze(
            .text(input.text), as: kind, target: kind == .resume ? input.target : nil, save: input.save == true)
        return JSONResponse(Analysed(token: analysed.token, analysis: analysed.analysis))
    }
}
