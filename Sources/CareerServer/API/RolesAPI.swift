import CareerKit
import Hummingbird

/// Roles, comparison, salaries and sources as JSON.
struct RolesAPI {
    let base: KnowledgeBase
    let cache: RenderCache

    /// One role as listed.
    struct Listing: Encodable, Sendable {
        let id: Role.ID
        let title: String
        let profiled: Bool
        let aliases: [String]
    }

    /// A role with everything linked to it.
    struct Document: Encodable, Sendable {
        let role: Role
        let salaryBands: [SalaryBand]
        let ladders: [Ladder]
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("roles") { request, _ in
            try cache.response(for: request) {
                JSONResponse(
                    base.roles.map { Listing(id: $0.id, title: $0.title, profiled: $0.isProfiled, aliases: $0.aliases) }
                )
            }
        }
        routes.get("roles/:id") { request, context in
            try cache.response(for: request) {
                let role = try base.role(named: try context.parameters.require("id"))
                return JSONResponse(
                    Document(
                        role: role, salaryBands: base.salaryBands.filter { $0.role == role.id },
                        ladders: base.ladders(for: role.id)))
            }
        }
        routes.get("compare") { request, _ in
            try cache.response(for: request, reading: ["roles"]) { try compare(request) }
        }
        routes.get("salaries") { request, _ in
            try cache.response(for: request, reading: ["role", "level"]) { try salaries(request) }
        }
        routes.get("sources") { request, _ in try cache.response(for: request) { JSONResponse(base.sources) } }
        return routes
    }

    private func compare(_ request: Request) throws -> JSONResponse<RoleComparison> {
        let ids = (request.uri.queryParameters.get("roles") ?? "").split(separator: ",").map(String.init)
        guard ids.count >= 2 else {
            throw Problem(.badRequest, "Name two or more roles: ?roles=ml-engineer,data-scientist")
        }
        let roles = try ids.map { id throws(UnknownRoleError) in try base.role(named: id) }
        return JSONResponse(try RoleComparison(roles, in: base))
    }

    private func salaries(_ request: Request) throws -> JSONResponse<SalaryReport> {
        let query = request.uri.queryParameters
        let role = try query.get("role").map { name throws(UnknownRoleError) in try base.role(named: name).id }
        var level: SalaryLevel?
        if let text = query.get("level") {
            guard let parsed = SalaryLevel(rawValue: text) else {
                throw Problem(.badRequest, "level must be entry, mid or senior, not '\(text)'")
            }
            level = parsed
        }
        return JSONResponse(SalaryReport(base: base, role: role, level: level))
    }
}
