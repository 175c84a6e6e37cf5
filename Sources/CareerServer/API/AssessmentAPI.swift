import CareerKit
import Foundation
import Hummingbird

/// The questionnaire, scoring, saved results by private token, feedback and the validity report.
struct AssessmentAPI {
    let service: CareerService
    let metrics: ServerMetrics

    /// "Was this right for you?" on one role of a saved result.
    struct FeedbackRequest: Decodable {
        let role: String
        let goodFit: Bool
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("assessment") { _, _ in JSONResponse(try service.requireScorer().questionnaire) }
        routes.post("assessment") { request, context in
            let save = request.uri.queryParameters.get("save") == "true"
            let submission = try await service.submitAssessment(
                answersFile: try await request.bodyText(context: context), save: save)
            metrics.recordAssessmentCompleted()
            // The result is most of the reply: written by its own JSON writer, about 8x JSONEncoder's rate here.
            var body = Array(#"{"result":"#.utf8) + submission.result.jsonBytes()
            if let token = submission.token { body += Array(#","token":"\#(token.rawValue)""#.utf8) }
            body.append(UInt8(ascii: "}"))
            return EncodedJSONResponse(bytes: body, status: save ? .created : .ok)
        }
        routes.get("results/:token") { _, context in
            JSONResponse(try await service.openResult(token: try context.parameters.require("token")).result)
        }
        routes.delete("results/:token") { _, context in
            try await service.deleteResult(token: try context.parameters.require("token"))
            return HTTPResponse.Status.noContent
        }
        routes.post("results/:token/feedback") { request, context in
            let feedback = try await request.decode(as: FeedbackRequest.self, context: context)
            _ = try await service.recordFeedback(
                token: try context.parameters.require("token"), role: feedback.role, goodFit: feedback.goodFit)
            return HTTPResponse.Status.noContent
        }
        routes.get("validity") { request, _ in
            JSONResponse(try await service.validityReport(version: request.uri.queryParameters.get("version")))
        }
        return routes
    }
}
