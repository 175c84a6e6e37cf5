import CareerKit
import Hummingbird

/// The career-transition planner's page: pick where you are and where you want to be, optionally list the skills
/// you have, and see the cheapest route and two alternatives, each step with what to learn and a project.
struct PathPages {
    let service: CareerService
    let templates: PageTemplates

    var base: KnowledgeBase { service.base }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("path") { request, context in
            let query = try GetForm.decode(WagesAndPathsAPI.PathQuery.self, from: request)
            let form = Form(from: query.from ?? "", to: query.to ?? "", have: query.have ?? "")
            guard !form.from.isEmpty, !form.to.isEmpty else {
                return try page(form).response(from: request, context: context)
            }
            do {
                let plan = try service.planPath(from: form.from, to: form.to, have: OwnedSkills(list: form.have))
                return try page(form, plan: plan).response(from: request, context: context)
            } catch let error as any CareerErrorConvertible {
                // The page keeps what the person chose and typed, with the reason above the results.
                let failure = error.careerError
                var failed = page(form, alert: CareerError.sentence(failure.message))
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

    /// What the path template shows.
    struct View {
        struct Plan {
            /// The plan page, filled in with this route's start, target and skills.
            let planLink: String
            let skipped: String?
            let routes: [Route]
            let fewer: Bool
        }

        struct Route {
            let label: String
            let path: String
            let cost: Int
            let skillCount: Int
            let steps: [Step]
        }

        struct Step {
            let from: String
            let to: String
            let kind: String
            let cost: Int
            let sources: [StatementView.SourceLink]
            let note: String?
            let learn: String
            let useful: String?
            let alreadyHave: String?
            let project: StatementView?
        }

        let from: [OptionView]
        let to: [OptionView]
        let have: String
        let alert: String?
        let plan: Plan?
    }

    private func page(_ form: Form, plan: TransitionPlan? = nil, alert: String? = nil) -> HTMLPage {
        let roles = (base.careerMoves?.standings ?? []).map(\.role).sorted {
            base.roleTitle($0) < base.roleTitle($1)
        }
        func options(_ chosen: String) -> [OptionView] {
            roles.map { OptionView(id: $0.rawValue, title: base.roleTitle($0), selected: $0.rawValue == chosen) }
        }
        let view = View(
            from: options(form.from.isEmpty ? "data-analyst" : form.from),
            to: options(form.to.isEmpty ? "ml-engineer" : form.to), have: form.have, alert: alert,
            plan: plan.map { planView($0, have: form.have) })
        return HTMLPage(title: "Plan a career move", body: templates.render("path", view))
    }

    private func planView(_ plan: TransitionPlan, have: String) -> View.Plan {
        func names(_ skills: [Skill.ID]) -> String { skills.map { base.skillName($0) }.joined(separator: ", ") }
        return View.Plan(
            planLink: "/plan?target=\(plan.to)&from=\(plan.from)&have=\(percentEncoded(have))",
            skipped: plan.have.isEmpty ? nil : names(plan.have),
            routes: plan.routes.enumerated().map { index, route in
                View.Route(
                    label: index == 0 ? "Cheapest route" : "Alternative \(index)",
                    path: ([plan.fromTitle] + route.steps.map(\.toTitle)).joined(separator: " → "), cost: route.cost,
                    skillCount: route.skillsToLearn.count,
                    steps: route.steps.map { step in
                        let required = step.learn.filter(\.required).map(\.name)
                        let useful = step.learn.filter { !$0.required }.map(\.name)
                        return View.Step(
                            from: step.fromTitle, to: step.toTitle, kind: step.kind == .ladder ? "ladder step" : "move",
                            cost: step.cost,
                            sources: StatementView.SourceLink.list(step.sources, in: base),
                            note: step.note.map(base.namingSources),
                            learn: required.isEmpty ? "no new required skill" : required.joined(separator: ", "),
                            useful: useful.isEmpty ? nil : useful.joined(separator: ", "),
                            alreadyHave: step.alreadyHave.isEmpty ? nil : names(step.alreadyHave),
                            project: step.project.map { StatementView($0, in: base) })
                    })
            },
            fewer: plan.routes.count < 3)
    }
}
