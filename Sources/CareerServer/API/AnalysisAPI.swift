import CareerKit
import Foundation
import Hummingbird

/// Resume and posting analysis. Text is analysed in memory and never stored unless `save` is true.
struct AnalysisAPI {
    let dependencies: AppDependencies

    /// What a client sends: the text, an optional target role, and whether to keep it.
    struct AnalysisRequest: Decodable {
        let text: String
        let target: String?
        let save: Bool?
    }

    /// An analysis, with the token when it was saved.
    struct Analysed<Analysis: Encodable & Sendable>: Encodable, Sendable {
        let token: ResultToken?
        let analysis: Analysis
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("resume") { request, _ in
            var request = request
            let input = try await read(&request)
            let base = dependencies.base
            let target = try input.target.map { name throws(UnknownRoleError) in try base.role(named: name).id }
            let analysis = ResumeAnalysis(
                text: input.text, base: base, extractor: dependencies.extractor, target: target)
            let token = try await keep(input, kind: .resume, analysis: analysis)
            return JSONResponse(Analysed(token: token, analysis: analysis))
        }
        routes.post("job") { request, _ in
            var request = request
            let input = try await read(&request)
            let analysis = PostingAnalysis(text: input.text, base: dependencies.base, extractor: dependencies.extractor)
            let token = try await keep(input, kind: .posting, analysis: analysis)
            return JSONResponse(Analysed(token: token, analysis: analysis))
        }
        return routes
    }

    private func read(_ request: inout Request) async throws -> AnalysisRequest {
        let input = try await request.decodeJSON(AnalysisRequest.self)
        guard !input.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Problem(.unprocessableContent, "The text is empty.")
        }
        return input
    }

    private func keep(
        _ input: AnalysisRequest, kind: SavedAnalysis.Kind, analysis: some Encodable
    ) async throws
        -> ResultToken?
    {
        guard input.save == true else { return nil }
        let token = dependencies.makeToken()
        try await dependencies.store.save(
            SavedAnalysis(
                token: token, kind: kind, text: input.text, analysisJSON: try JSONEncoder().encode(analysis),
                createdAt: dependencies.now()))
        return token
    }
}
