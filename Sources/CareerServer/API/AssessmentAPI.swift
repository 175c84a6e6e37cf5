import CareerKit
import Foundation
import Hummingbird

/// The questionnaire, scoring, saved results by private token, feedback and the validity report.
struct AssessmentAPI {
    let dependencies: AppDependencies

    /// "Was this right for you?" on one role of a saved result.
    struct FeedbackRequest: Decodable {
        let role: String
        let goodFit: Bool
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("assessment") { _, _ in JSONResponse(try scorer().questionnaire) }
        routes.post("assessment") { request, _ in
            var request = request
            let scorer = try scorer()
            let sheet = try AnswerSheet.parse(try await request.bodyText(), for: scorer.questionnaire)
            let result = scorer.assess(sheet)
            dependencies.metrics.recordAssessmentCompleted()
            // The result is the bulk of the response: written once, for the store and for the reply.
            let resultJSON = result.jsonBytes()
            guard request.uri.queryParameters.get("save") == "true" else {
                return EncodedJSONResponse(bytes: Array(#"{"result":"#.utf8) + resultJSON + [UInt8(ascii: "}")])
            }
            let token = try await save(sheet, Data(resultJSON), questionnaire: scorer.questionnaire)
            let body = Array(#"{"result":"#.utf8) + resultJSON + Array(#","token":"\#(token.rawValue)"}"#.utf8)
            return EncodedJSONResponse(bytes: body, status: .created)
        }
        routes.get("results/:token") { _, context in
            let saved = try await savedResult(context)
            return JSONResponse(try JSONDecoder().decode(AssessmentResult.self, from: saved.resultJSON))
        }
        routes.delete("results/:token") { _, context in
            guard try await dependencies.store.deleteResult(token: try token(context)) else {
                throw Problem(.notFound, "No saved result has that token (it may have been deleted).")
            }
            return HTTPResponse.Status.noContent
        }
        routes.post("results/:token/feedback") { request, context in
            var request = request
            let saved = try await savedResult(context)
            let feedback = try await request.decodeJSON(FeedbackRequest.self)
            let result = try JSONDecoder().decode(AssessmentResult.self, from: saved.resultJSON)
            guard let fit = result.ranking.first(where: { $0.role.rawValue == feedback.role }) else {
                throw Problem(.unprocessableContent, "'\(feedback.role)' is not ranked in this result.")
            }
            try await dependencies.store.record(
                MatchFeedback(
                    questionnaireVersion: result.questionnaireVersion, role: fit.role, rank: fit.rank, score: fit.score,
                    goodFit: feedback.goodFit))
            return HTTPResponse.Status.noContent
        }
        routes.get("validity") { request, _ in
            let version = request.uri.queryParameters.get("version").map { String($0) }
            return JSONResponse(
                ValidityReport(feedback: try await dependencies.store.allFeedback(), questionnaireVersion: version))
        }
        return routes
    }

    private func scorer() throws -> AssessmentScorer {
        guard let scorer = dependencies.scorer else {
            throw Problem(.notFound, "This knowledge base has no assessment.")
        }
        return scorer
    }

    private func save(
        _ sheet: AnswerSheet, _ resultJSON: Data, questionnaire: Questionnaire
    ) async throws
        -> ResultToken
    {
        let token = dependencies.makeToken()
        try await dependencies.store.save(
            SavedResult(
                token: token, questionnaireVersion: questionnaire.version, answers: sheet.yaml(for: questionnaire),
                resultJSON: resultJSON, createdAt: dependencies.now()))
        return token
    }

    private func token(_ context: AppRequestContext) throws -> ResultToken {
        guard let token = ResultToken(rawValue: try context.parameters.require("token")) else {
            throw Problem(.notFound, "No saved result has that token.")
        }
        return token
    }

    private func savedResult(_ context: AppRequestContext) async throws -> SavedResult {
        guard let saved = try await dependencies.store.result(token: try token(context)) else {
            throw Problem(.notFound, "No saved result has that token (it may have been deleted).")
        }
        return saved
    }
}
