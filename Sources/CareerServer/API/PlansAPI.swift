import CareerKit
import Foundation
import Hummingbird

/// Learning plans kept behind private tokens: make one (or import an exported one), read it, tick steps, plan
/// again from newer skills, delete it.
struct PlansAPI {
    let service: CareerService

    /// What a plan is made from.
    struct MakeRequest: Decodable {
        let target: String
        let have: String?
        let resume: String?
        let from: String?
        let hoursPerWeek: Int?
    }

    /// Newer skills (a list or a resume), and or new hours a week.
    struct ReplanRequest: Decodable {
        let have: String?
        let resume: String?
        let hoursPerWeek: Int?
    }

    /// A step ticked done or not.
    struct TickRequest: Decodable {
        let done: Bool
    }

    /// A kept plan as JSON.
    struct Kept: Encodable, Sendable {
        let token: ResultToken
        let createdAt: Date
        let updatedAt: Date
        let plan: LearningPlan

        init(_ opened: OpenedPlan) {
            token = opened.token
            createdAt = opened.createdAt
            updatedAt = opened.updatedAt
            plan = opened.plan
        }
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("plans") { request, context in
            let input = try await request.decode(as: MakeRequest.self, context: context)
            let opened = try await service.createPlan(
                target: input.target, have: OwnedSkills(list: input.have, resume: input.resume), fromRole: input.from,
                hoursPerWeek: input.hoursPerWeek)
            return JSONResponse(Kept(opened), status: .created)
        }
        routes.post("plans/import") { request, context in
            let opened = try await service.importPlan(json: try await request.bodyText(context: context))
            return JSONResponse(Kept(opened), status: .created)
        }
        routes.get("plans/:token") { _, context in
            JSONResponse(Kept(try await service.openPlan(token: try context.parameters.require("token"))))
        }
        routes.put("plans/:token/steps/:skill") { request, context in
            let input = try await request.decode(as: TickRequest.self, context: context)
            let opened = try await service.tickPlan(
                token: try context.parameters.require("token"), skill: try context.parameters.require("skill"),
                done: input.done)
            return JSONResponse(Kept(opened))
        }
        routes.post("plans/:token/replan") { request, context in
            let input = try await request.decode(as: ReplanRequest.self, context: context)
            let opened = try await service.replan(
                token: try context.parameters.require("token"),
                have: OwnedSkills(list: input.have, resume: input.resume),
                hoursPerWeek: input.hoursPerWeek)
            return JSONResponse(Kept(opened))
        }
        routes.delete("plans/:token") { _, context in
            try await service.deletePlan(token: try context.parameters.require("token"))
            return HTTPResponse.Status.noContent
        }
        return routes
    }
}
