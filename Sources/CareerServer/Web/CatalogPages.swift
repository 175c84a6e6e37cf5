import CareerKit
import Foundation
import Hummingbird

/// The reading pages: home, roles, one role, compare, salaries with a chart, and sources.
struct CatalogPages {
    let base: KnowledgeBase
    let places: PlaceMatcher
    let cache: RenderCache

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/") { request, _ in try cache.response(for: request) { home() } }
        routes.get("style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        routes.get("roles") { request, _ in try cache.response(for: request) { roles() } }
        routes.get("roles/:id") { request, context in
            try cache.response(for: request) { try role(try base.role(named: try context.parameters.require("id"))) }
        }
        routes.get("compare") { request, _ in
            try cache.response(for: request) { try compare(request.uri.queryParameters.getAll("roles")) }
        }
        routes.get("salaries") { request, context in
            let query = try GetForm.decode(SalaryQuery.self, from: request)
            let role = try query.role.flatMap { $0.isEmpty ? nil : $0 }.map { name throws(UnknownRoleError) in
                try base.role(named: name)
            }
            let area = query.area.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !area.isEmpty, let role else { return try cache.response(for: request) { salaries(role) } }
            let place: WageArea
            do throws(PlaceError) {
                place = try places.area(for: area)
            } catch {
                // Not cached: what people mistype is unbounded.
                return try salaries(role, typed: area, problem: error).response(from: request, context: context)
            }
            return try cache.response(for: request) { salaries(role, in: place, typed: area) }
        }
        routes.get("sources") { request, _ in try cache.response(for: request) { sources() } }
        return routes
    }

    /// What the salaries page's form sends.
    struct SalaryQuery: Decodable {
        let role: String?
        let area: String?
    }

    func home() -> HTMLPage {
        HTMLPage(
            title: "Find the AI career that fits you",
            body: """
                <p>Machine learning engineer, data scientist, AI product manager, MLOps, AI, prompt, NLP or computer \
                vision engineer? The titles overlap and the articles disagree. Here every fact names its source, and \
                disagreeing sources are shown side by side.</p>
                <p><a href="/assessment">Take the 15-minute assessment</a>: \(base.questionnaire?.items.count ?? 0) \
                questions on what you enjoy, how you work, what you can do and what you want. You get every role \
                ranked, with the answers that moved each score.</p>
                <ul><li><a href="/roles">Read the role profiles</a></li><li><a href="/compare">Compare roles side by side</a></li>
                <li><a href="/salaries">Explore salaries by level and source</a></li>
                <li><a href="/analyze">Analyze a resume or a job posting</a> (nothing is stored unless you ask)</li></ul>
                """)
    }

    func roles() -> HTMLPage {
        let profiled = base.profiledRoles.map { role in
            "<li><a href=\"/roles/\(escape(role.id.rawValue))\">\(escape(role.title))</a>: \(escape(role.profile!.focus.text))</li>"
        }
        let positions = base.roles.filter { !$0.isProfiled }.map { "<li>\(escape($0.title))</li>" }
        return HTMLPage(
            title: "AI roles",
            body:
                "<ul>\(profiled.joined())</ul><h2>Career-ladder positions the sources name</h2><ul>\(positions.joined())</ul>"
        )
    }

    func role(_ role: Role) throws -> HTMLPage {
        guard let profile = role.profile else {
            return HTMLPage(
                title: role.title,
                body: "<p>A career-ladder position named by \(sourceTags(role.sources)); it has no full profile.</p>"
                    + ladders(role))
        }
        func section(_ title: String, _ statements: [Statement], ordered: Bool = false) -> String {
            "<h2>\(escape(title))</h2>" + statementList(statements, ordered: ordered)
        }
        let tools = profile.tools.map { group in
            "<li>\(escape(group.category.title)): "
                + group.items.map { escape(base.skillName($0.skill)) + " " + sourceTags($0.sources) }.joined(
                    separator: ", ")
                + "</li>"
        }.joined()
        var body = "<p>\(escape(profile.summary.text)) \(sourceTags(profile.summary.sources))</p>"
        body += section("Focus", [profile.focus]) + section("Main goal", [profile.mainGoal])
        body += section("Daily tasks", profile.dailyTasks) + "<h2>Tools</h2><ul>\(tools)</ul>"
        body +=
            "<h2>Sample project flow</h2><p>" + profile.projectFlow.steps.map(escape).joined(separator: " → ")
            + " \(sourceTags(profile.projectFlow.sources))</p>" + statementList([profile.projectFlow.example])
        body += section("Technical skills", profile.skills) + section("Maths", profile.math)
        body += section("Education", profile.education) + section("Portfolio", profile.portfolio)
        body += section("Soft skills", profile.softSkills) + section("Success metrics", profile.successMetrics)
        body += "<h2>Salaries by level</h2>" + SalaryChart(report: SalaryReport(base: base, role: role.id)).svg
        body += "<p><a href=\"/salaries?role=\(escape(role.id.rawValue))\">Every band with its source</a></p>"
        body += ladders(role) + section("How to start", profile.howToStart, ordered: true)
        body += section("Choose this if you enjoy", profile.chooseIf)
        if !profile.outlook.isEmpty { body += section("Outlook", profile.outlook) }
        return HTMLPage(title: role.title, body: body)
    }

    private func ladders(_ role: Role) -> String {
        let items = base.ladders(for: role.id).map { ladder in
            "<li>"
                + ladder.steps.map { $0.map { escape(base.roleTitle($0)) }.joined(separator: " or ") }
                .joined(separator: " → ") + " \(sourceTags([ladder.source]))</li>"
        }
        return items.isEmpty ? "" : "<h2>Career ladder</h2><ul>\(items.joined())</ul>"
    }

    func compare(_ ids: [String]) throws -> HTMLPage {
        let boxes = base.profiledRoles.map { role in
            let checked = ids.contains { $0 == role.id.rawValue } ? " checked" : ""
            return
                "<label><input type=\"checkbox\" name=\"roles\" value=\"\(escape(role.id.rawValue))\"\(checked)> \(escape(role.title))</label><br>"
        }.joined()
        var body =
            "<form method=\"get\" action=\"/compare\"><fieldset><legend>Pick 2 to 4 roles</legend>\(boxes)</fieldset><button type=\"submit\">Compare</button></form>"
        if !ids.isEmpty {
            guard (2...4).contains(Set(ids).count) else {
                return HTMLPage(
                    title: "Compare roles",
                    body: "<p class=\"notice\" role=\"alert\">Pick between 2 and 4 roles.</p>" + body,
                    status: .badRequest)
            }
            let roles = try ids.map { id throws(UnknownRoleError) in try base.role(named: id) }
            let comparison = try RoleComparison(roles, in: base)
            let head =
                "<tr><th scope=\"col\">Aspect</th>"
                + comparison.roles.map { "<th scope=\"col\">\(escape($0.title))</th>" }.joined() + "</tr>"
            let rows = comparison.aspects.map { aspect in
                "<tr><th scope=\"row\">\(escape(aspect.title))</th>"
                    + aspect.cells.map { cell in
                        "<td><ul>" + cell.map { "<li>\(escape($0.text)) \(sourceTags($0.sources))</li>" }.joined()
                            + "</ul></td>"
                    }.joined() + "</tr>"
            }.joined()
            body += "<table>\(head)\(rows)</table>"
        }
        return HTMLPage(title: "Compare roles", body: body)
    }

    func salaries(_ role: Role?, in place: WageArea? = nil, typed: String = "", problem: PlaceError? = nil) -> HTMLPage
    {
        let options = base.profiledRoles.map { candidate in
            let selected = candidate.id == role?.id ? " selected" : ""
            return "<option value=\"\(escape(candidate.id.rawValue))\"\(selected)>\(escape(candidate.title))</option>"
        }.joined()
        let areas = base.wages.areas.map { "<option value=\"\(escape($0.name))\"></option>" }.joined()
        let report = SalaryReport(base: base, role: role?.id)
        var body =
            "<form method=\"get\" action=\"/salaries\"><label for=\"role\">Role</label> <select id=\"role\" name=\"role\">\(options)</select> "
            + "<label for=\"area\">Place (optional: a state, city or metro area, or national)</label> "
            + "<input id=\"area\" name=\"area\" list=\"areas\" value=\"\(escape(typed))\" placeholder=\"e.g. austin, TX or national\">"
            + "<datalist id=\"areas\">\(areas)</datalist> <button type=\"submit\">Show</button></form>"
        if let problem {
            let links = problem.alternatives.map { area in
                "<li><a href=\"/salaries?role=\(escape(role?.id.rawValue ?? ""))&amp;area=\(escape(percentEncoded(area.name)))\">\(escape(area.name))</a></li>"
            }.joined()
            body += "<p role=\"alert\" class=\"notice\">\(escape(problem.description))</p>"
            if !links.isEmpty { body += "<ul>\(links)</ul>" }
        }
        body += "<p>Each band is shown as its source printed it; sources are never averaged.</p>"
        if let role, let place {
            body += LocalPaySection(pay: LocalPay(base: base, role: role.id, area: place), base: base).html
            body += "<h2>Every band for \(escape(role.title))</h2>"
        } else if let role {
            body += "<h2>\(escape(role.title))</h2>" + SalaryChart(report: report).svg
        }
        let rows = report.rows.flatMap { row in
            row.bands.map { band in
                "<tr><td>\(escape(row.roleTitle))</td><td>\(escape(row.level?.rawValue ?? "all"))</td><td>\(escape(band.summary))"
                    + (band.note.map { "<br><small>\(escape($0))</small>" } ?? "")
                    + "</td><td>\(sourceTags([band.source]))</td></tr>"
            }
        }.joined()
        body +=
            "<table><tr><th scope=\"col\">Role</th><th scope=\"col\">Level</th><th scope=\"col\">Band as printed</th><th scope=\"col\">Source</th></tr>\(rows)</table>"
        let contexts = report.contexts.map {
            "<li>\(escape($0.source.rawValue)): \(escape($0.region)); \(escape($0.currency)); \(escape($0.period))</li>"
        }.joined()
        body += "<h2>What each source covers</h2><ul>\(contexts)</ul>"
        var page = HTMLPage(title: "Salaries by level", body: body)
        if let problem { page.status = problemStatus(problem) }
        return page
    }

    private func problemStatus(_ problem: PlaceError) -> HTTPResponse.Status {
        if case .ambiguous = problem { return .unprocessableContent }
        return .notFound
    }

    func sources() -> HTMLPage {
        let items = base.sources.map { source in
            "<li id=\"\(escape(source.id.rawValue))\"><strong>\(escape(source.id.rawValue))</strong>: \(escape(source.title))"
                + [
                    source.author.map { "Author: \($0)" }, source.publisher.map { "Publisher: \($0)" },
                    "Licence: \(source.licence)", source.attribution.map { "Attribution: \($0)" }, source.note,
                ]
                .compactMap { $0 }.map { "<br>\(escape($0))" }.joined() + "</li>"
        }.joined()
        return HTMLPage(title: "Sources", body: "<ul>\(items)</ul>")
    }
}
