import CareerKit
import Hummingbird

/// Official wages by place and career-transition plans as JSON.
struct WagesAndPathsAPI {
    let service: CareerService
    let cache: RenderCache

    /// `?role=&area=` for pay in a place.
    struct WagesQuery: Decodable {
        let role: String?
        let area: String?
    }

    /// `?from=&to=[&have=]` for a route between roles.
    struct PathQuery: Decodable {
        let from: String?
        let to: String?
        let have: String?
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("areas") { _, _ in JSONResponse(service.base.wages.areas) }
        routes.get("wages") { request, _ in
            try cache.response(for: request, reading: ["role", "area"]) { try wages(request) }
        }
        // Plans without "have" depend only on the knowledge base, so each is worked out once.
        routes.get("path") { request, context in
            let query = try GetForm.decode(PathQuery.self, from: request)
            guard query.have == nil else { return try path(query).response(from: request, context: context) }
            return try cache.response(for: request, reading: ["from", "to"]) { try path(query) }
        }
        return routes
    }

    private func wages(_ request: Request) throws -> JSONResponse<LocalPay> {
        let query = try GetForm.decode(WagesQuery.self, from: request)
        guard let role = query.role, let area = query.area else {
            throw Problem(.badRequest, "Name a role and a place: ?role=data-scientist&area=austin")
        }
        let base = service.base
        return JSONResponse(
            LocalPay(base: base, role: try base.role(named: role).id, area: try service.places.area(for: area)))
    }

    private func path(_ query: PathQuery) throws -> JSONResponse<TransitionPlan> {
        guard let from = query.from, let to = query.to else {
            throw Problem(.badRequest, "Name where you are and where you want to go: ?from=data-analyst&to=ml-engineer")
        }
        return JSONResponse(try service.planPath(from: from, to: to, have: OwnedSkills(list: query.have)))
    }
}
