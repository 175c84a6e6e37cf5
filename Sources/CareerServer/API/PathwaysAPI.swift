import CareerKit
import Hummingbird

/// Official wages by place and career-transition plans as JSON.
struct PathwaysAPI {
    let base: KnowledgeBase
    let places: PlaceMatcher
    let planner: TransitionPlanner
    let cache: RenderCache

    init(dependencies: AppDependencies, cache: RenderCache) {
        base = dependencies.base
        places = dependencies.places
        planner = dependencies.planner
        self.cache = cache
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("areas") { _, _ in JSONResponse(base.wages.areas) }
        routes.get("wages") { request, _ in try cache.response(for: request) { try wages(request) } }
        // Plans without "have" depend only on the knowledge base, so each is worked out once.
        routes.get("path") { request, context in
            guard FormData.query(of: request)["have"] == nil else {
                return try path(request).response(from: request, context: context)
            }
            return try cache.response(for: request) { try path(request) }
        }
        return routes
    }

    private func wages(_ request: Request) throws -> JSONResponse<LocalPay> {
        let query = FormData.query(of: request)
        guard let role = query["role"], let area = query["area"] else {
            throw Problem(.badRequest, "Name a role and a place: ?role=data-scientist&area=austin")
        }
        return JSONResponse(LocalPay(base: base, role: try base.role(named: role).id, area: try places.area(for: area)))
    }

    private func path(_ request: Request) throws -> JSONResponse<TransitionPlan> {
        let query = FormData.query(of: request)
        guard let from = query["from"], let to = query["to"] else {
            throw Problem(.badRequest, "Name where you are and where you want to go: ?from=data-analyst&to=ml-engineer")
        }
        let have = try query["have"].map { text throws(UnknownSkillsError) in try SkillList.resolve(text, in: base)
        }
        return JSONResponse(
            try planner.plan(from: try base.role(named: from).id, to: try base.role(named: to).id, have: have ?? []))
    }
}
