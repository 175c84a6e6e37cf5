import CareerKit
import Hummingbird

/// The career-transition planner's page: pick where you are and where you want to be, optionally list the skills
/// you have, and see the cheapest route and two alternatives, each step with what to learn and a project.
struct PathPages {
    let service: CareerService

    var base: KnowledgeBase { service.base }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("path") { request, context in
            let query = try GetForm.decode(WagesAndPathsAPI.PathQuery.self, from: request)
            let form = Form(from: query.from ?? "", to: query.to ?? "", have: query.have ?? "")
            guard !form.from.isEmpty, !form.to.isEmpty else {
                return try page(form, content: "").response(from: request, context: context)
            }
            do {
                let plan = try service.planPath(from: form.from, to: form.to, have: OwnedSkills(list: form.have))
                return try page(form, content: routesHTML(plan)).response(from: request, context: context)
            } catch let error as any CareerErrorConvertible {
                // The page keeps what the person chose and typed, with the reason above the results.
                let failure = error.careerError
                var failed = page(
                    form,
                    content: "<p role=\"alert\" class=\"notice\">\(escape(CareerError.sentence(failure.message)))</p>")
                failed.status = failure.status
                return try failed.response(from: request, context: context)
            }
        }
        return routes
    }

    struct Form {
        let from: String
        let to: String
        let have: String
    }

    private func page(_ form: Form, content: String) -> HTMLPage {
        let roles = (base.careerMoves?.standings ?? []).map(\.role).sorted {
            base.roleTitle($0) < base.roleTitle($1)
        }
        func select(_ name: String, _ label: String, _ chosen: String) -> String {
            let options = roles.map { id in
                let selected = id.rawValue == chosen ? " selected" : ""
                return "<option value=\"\(escape(id.rawValue))\"\(selected)>\(escape(base.roleTitle(id)))</option>"
            }.joined()
            return "<label for=\"\(name)\">\(label)</label> <select id=\"\(name)\" name=\"\(name)\">\(options)</select>"
        }
        let body =
            "<p>Routes follow the career ladders and the moves the sources describe. A step costs the skills its destination needs that you do not have yet (3 points per weight when required, 1 when nice to have), plus 6 points per level of seniority, plus 1.</p>"
            + "<form method=\"get\" action=\"/path\"><p>\(select("from", "I am a", form.from.isEmpty ? "data-analyst" : form.from)) "
            + "\(select("to", "I want to become a", form.to.isEmpty ? "ml-engineer" : form.to))</p>"
            + "<p><label for=\"have\">Skills I already have (optional, comma-separated)</label><br>"
            + "<input id=\"have\" name=\"have\" size=\"60\" value=\"\(escape(form.have))\" placeholder=\"e.g. python, sql, docker\"></p>"
            + "<button type=\"submit\">Plan my route</button></form>" + content
        return HTMLPage(title: "Plan a career move", body: body)
    }

    private func routesHTML(_ plan: TransitionPlan) -> String {
        var html = ""
        if !plan.have.isEmpty {
            html +=
                "<p>Skipped because you have them: \(escape(plan.have.map { base.skillName($0) }.joined(separator: ", ")))</p>"
        }
        for (index, route) in plan.routes.enumerated() {
            let label = index == 0 ? "Cheapest route" : "Alternative \(index)"
            let path = ([plan.fromTitle] + route.steps.map(\.toTitle)).joined(separator: " → ")
            html +=
                "<section class=\"route\"><h2>\(label): \(escape(path))</h2><p>Cost \(route.cost); \(route.skillsToLearn.count) skills to learn.</p><ol>"
            for step in route.steps {
                html +=
                    "<li><strong>\(escape(step.fromTitle)) → \(escape(step.toTitle))</strong> (\(step.kind == .ladder ? "ladder step" : "move"), cost \(step.cost)) \(sourceTags(step.sources))"
                if let note = step.note { html += "<br><small>\(escape(note))</small>" }
                let required = step.learn.filter(\.required).map(\.name)
                let useful = step.learn.filter { !$0.required }.map(\.name)
                html +=
                    "<br>Learn: \(escape(required.isEmpty ? "no new required skill" : required.joined(separator: ", ")))"
                if !useful.isEmpty { html += "<br>Also useful: \(escape(useful.joined(separator: ", ")))" }
                if !step.alreadyHave.isEmpty {
                    html +=
                        "<br>Already have: \(escape(step.alreadyHave.map { base.skillName($0) }.joined(separator: ", ")))"
                }
                if let project = step.project {
                    html += "<br>Project: \(escape(project.text)) \(sourceTags(project.sources))"
                }
                html += "</li>"
            }
            html += "</ol></section>"
        }
        if plan.routes.count < 3 { html += "<p>No other route exists in the sources' ladders and moves.</p>" }
        return html
    }
}
