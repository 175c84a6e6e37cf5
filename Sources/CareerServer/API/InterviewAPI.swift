import CareerKit
import Foundation
import Hummingbird

/// Interview practice for programs: the questions of a session (the same seed gives the same ones), and the
/// summary of what the answers covered.
struct InterviewAPI {
    let service: CareerService

    /// A session's settings, from the query.
    struct SessionQuery: Decodable {
        let level: String?
        let count: Int?
        let seed: UInt64?
        let have: String?
    }

    /// What the answers covered.
    struct SummaryRequest: Decodable {
        let answers: [InterviewPractice.Answer]
        let have: String?
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("interview/:role") { request, context in
            let query = try GetForm.decode(SessionQuery.self, from: request)
            return JSONResponse(
                try service.interviewPractice(
                    role: try context.parameters.require("role"), level: query.level, count: query.count ?? 5,
                    have: OwnedSkills(list: query.have), seed: query.seed ?? UInt64.random(in: 1...999_999)))
        }
        routes.post("interview/:role/summary") { request, context in
            let input = try await request.decode(as: SummaryRequest.self, context: context)
            return JSONResponse(
                try service.interviewSummary(
                    role: try context.parameters.require("role"), answers: input.answers,
                    have: OwnedSkills(list: input.have)))
        }
        return routes
    }
}
