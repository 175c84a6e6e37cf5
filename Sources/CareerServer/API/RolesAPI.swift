import CareerKit
import Hummingbird

/// Roles, comparison, salaries and sources as JSON.
struct RolesAPI {
    let base: KnowledgeBase

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

    var endpoints: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
        routes.get("roles") { _, _ in
            JSONResponse(
                base.roles.map { Listing(id: $0.id, title: $0.title, profiled: $0.isProfiled, aliases: $0.aliases) })
        }
        routes.get("roles/:id") { _, context in
            let role = try base.role(named: try context.parameters.require("id"))
            return JSONResponse(
                Document(
                    role: role, salaryBands: base.salaryBands.filter { $0.role == role.id },
                    ladders: base.ladders(for: role.id)))
        }
        routes.get("compare") { request, _ in
            let ids = (request.uri.queryParameters.get("roles") ?? "").split(separator: ",").map(String.init)
            guard ids.count >= 2 else {
                throw Problem(.badRequest, "Name two or more roles: ?roles=ml-engineer,data-scientist")
            }
            let roles = try ids.map { id throws(UnknownRoleError) in try base.role(named: id) }
            return JSONResponse(try RoleComparison(roles, in: base))
        }
        routes.get("salaries") { request, _ in
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
        routes.get("sources") { _, _ in JSONResponse(base.sources) }
        return routes
    }
}
