import CareerKit
import Foundation
import Hummingbird

/// Make a learning plan and follow it: a form (a pasted resume, a skill list or the role held now), then the plan
/// behind a private link, where steps are ticked and unticked, a newer resume re-plans keeping the ticks, and the
/// plan downloads as Markdown or JSON (which imports back). Works without JavaScript.
struct PlanPages {
    let service: CareerService
    let templates: PageTemplates

    /// The plan form's fields.
    struct PlanForm: Decodable {
        var target: String?
        var have: String?
        var resume: String?
        var from: String?
        var hours: String?
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("plan") { request, _ in
            // Other pages link here with the form filled in (a path's target and start, a skill list).
            let form = try GetForm.decode(PlanForm.self, from: request)
            return formPage(form)
        }
        routes.post("plan") { request, context in
            let uploaded = try await UploadedForm.read(request, context: context)
            if let file = uploaded.files["plan-file"] {
                return try await importing(String(decoding: file.data, as: UTF8.self), request, context)
            }
            let form = PlanForm(
                target: uploaded["target"], have: uploaded["have"], resume: uploaded["resume"], from: uploaded["from"],
                hours: uploaded["hours"])
            do {
                let opened = try await service.createPlan(
                    target: form.target ?? "", have: OwnedSkills(list: form.have, resume: form.resume),
                    fromRole: (form.from ?? "").isEmpty ? nil : form.from, hoursPerWeek: try hours(form.hours))
                return Response(status: .seeOther, headers: [.location: "/plans/\(opened.token)"])
            } catch let error as any CareerErrorConvertible {
                // The page keeps what was typed, with the reason.
                var page = formPage(form, alert: CareerError.sentence(error.careerError.message))
                page.status = error.careerError.status
                return try page.response(from: request, context: context)
            }
        }
        routes.get("plans/:token") { _, context in
            planPage(try await service.openPlan(token: try context.parameters.require("token")))
        }
        routes.post("plans/:token/steps") { request, context in
            let token = try context.parameters.require("token")
            let form = try await request.decode(as: [String: String].self, context: context)
            let opened = try await service.tickPlan(
                token: token, skill: form["skill"] ?? "", done: form["done"] == "yes")
            return Response(
                status: .seeOther, headers: [.location: "/plans/\(opened.token)#step-\(form["skill"] ?? "")"])
        }
        routes.post("plans/:token/replan") { request, context in
            let token = try context.parameters.require("token")
            let uploaded = try await UploadedForm.read(request, context: context)
            let opened = try await service.replan(
                token: token, have: OwnedSkills(list: uploaded["have"], resume: uploaded["resume"]),
                hoursPerWeek: try hours(uploaded["hours"]))
            return Response(status: .seeOther, headers: [.location: "/plans/\(opened.token)"])
        }
        routes.get("plans/:token/plan.md") { _, context in
            let opened = try await service.openPlan(token: try context.parameters.require("token"))
            return download(opened.plan.markdown(in: service.base), "text/markdown; charset=utf-8", "plan.md")
        }
        routes.get("plans/:token/plan.json") { _, context in
            let opened = try await service.openPlan(token: try context.parameters.require("token"))
            let json = try APIJSON.encoder.encode(opened.plan)
            return download(String(decoding: json, as: UTF8.self), "application/json", "plan.json")
        }
        routes.get("plans/:token/delete") { _, context in
            let opened = try await service.openPlan(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Delete this plan?",
                body: templates.render(
                    "confirm-delete",
                    ResultPages.ConfirmDelete(
                        what: "this plan and its ticks", action: "/plans/\(opened.token)/delete",
                        back: "/plans/\(opened.token)")))
        }
        routes.post("plans/:token/delete") { _, context in
            try await service.deletePlan(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Plan deleted",
                body: "<p role=\"status\">The plan and its ticks are gone. <a href=\"/plan\">Make another</a>.</p>")
        }
        return routes
    }

    private func importing(_ json: String, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        do {
            let opened = try await service.importPlan(json: json)
            return Response(status: .seeOther, headers: [.location: "/plans/\(opened.token)"])
        } catch let error as any CareerErrorConvertible {
            var page = formPage(PlanForm(), alert: CareerError.sentence(error.careerError.message))
            page.status = error.careerError.status
            return try page.response(from: request, context: context)
        }
    }

    /// Hours a week from the form: empty is none; anything else must be a whole number.
    private func hours(_ text: String?) throws -> Int? {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let hours = Int(text) else {
            throw CareerError(.invalidInput, "hours a week must be a whole number", fields: ["hoursPerWeek"])
        }
        return hours
    }

    private func download(_ text: String, _ type: String, _ name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// What the plan form shows.
    struct FormView {
        let targets: [OptionView]
        let starts: [OptionView]
        let have: String
        let resume: String
        let hours: String
        let alert: String?
    }

    private func formPage(_ form: PlanForm, alert: String? = nil) -> HTMLPage {
        let base = service.base
        let target = (try? base.role(named: form.target ?? ""))?.id
        let from = (try? base.role(named: form.from ?? ""))?.id
        let starts = (base.careerMoves?.standings ?? []).map(\.role).sorted { base.roleTitle($0) < base.roleTitle($1) }
        let view = FormView(
            targets: base.profiledRoles.map {
                OptionView(id: $0.id.rawValue, title: $0.title, selected: $0.id == target)
            },
            starts: starts.map { OptionView(id: $0.rawValue, title: base.roleTitle($0), selected: $0 == from) },
            have: form.have ?? "", resume: form.resume ?? "", hours: form.hours ?? "", alert: alert)
        return HTMLPage(title: "Make a learning plan", body: templates.render("plan", view))
    }

    /// What the saved plan template shows.
    struct PlanView {
        struct Stage {
            let number: Int
            let effort: String
            let steps: [Step]
            let statements: [StatementView]
            let project: StatementView?
        }

        struct Step {
            let skill: String
            let name: String
            let kind: String
            let effort: String?
            let basis: String?
            let docs: String?
            let after: String?
            let done: Bool
            let token: String
        }

        let target: String
        let token: String
        let done: Int
        let total: Int
        let progress: String
        let effort: String
        let note: String
        let have: String?
        let hours: String
        let stages: [Stage]
        let link: String
    }

    private func planPage(_ opened: OpenedPlan) -> HTMLPage {
        let base = service.base, plan = opened.plan
        let range = LearningPlan.describe
        var effort = "About \(range(plan.hours, "hours")) in all"
        if let weeks = plan.weeks, let perWeek = plan.hoursPerWeek {
            effort += ", \(range(weeks, "weeks")) at \(perWeek) hours a week"
        }
        let (done, total) = plan.progress
        let view = PlanView(
            target: plan.targetTitle, token: opened.token.rawValue, done: done, total: total,
            progress: BarShape.progress(total == 0 ? 100 : 100 * done / total), effort: effort + ".",
            note: plan.effortNote,
            have: plan.have.isEmpty ? nil : plan.have.map { base.skillName($0) }.joined(separator: ", "),
            hours: plan.hoursPerWeek.map(String.init) ?? "",
            stages: plan.stages.map { stage in
                var effort = range(stage.hours, "hours")
                if let weeks = stage.weeks { effort += ", \(range(weeks, "weeks"))" }
                return PlanView.Stage(
                    number: stage.number, effort: effort,
                    steps: stage.steps.map { step in
                        PlanView.Step(
                            skill: step.skill.rawValue, name: step.name,
                            kind: step.required ? "required" : "nice to have",
                            effort: step.hours.map { range($0, "hours") }, basis: step.basis, docs: step.docs,
                            after: step.after.isEmpty
                                ? nil : step.after.map { base.skillName($0) }.joined(separator: ", "),
                            done: step.done, token: opened.token.rawValue)
                    },
                    statements: stage.why.map { StatementView($0, in: base) },
                    project: stage.project.map { StatementView($0, in: base) })
            },
            link: "/plans/\(opened.token)")
        return HTMLPage(title: "Your plan toward \(plan.targetTitle)", body: templates.render("saved-plan", view))
    }
}
