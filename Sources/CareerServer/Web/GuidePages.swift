import CareerKit
import Foundation
import Hummingbird

/// "How to become a ...": one page per profiled role, composed from the knowledge base (`RoleGuide`), printable.
struct GuidePages {
    let base: KnowledgeBase
    let cache: RenderCache
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("guides") { request, _ in try cache.response(for: request) { index() } }
        routes.get("guides/:role") { request, context in
            let role = try base.role(named: try context.parameters.require("role"))
            guard let guide = RoleGuide(role: role.id, base: base) else {
                throw CareerError(.notFound, "\(role.title) has no full profile to make a guide from")
            }
            return try cache.response(for: request) { page(guide) }
        }
        return routes
    }

    private func index() -> HTMLPage {
        struct View { let roles: [OptionView] }
        let view = View(
            roles: base.profiledRoles.map { OptionView(id: $0.id.rawValue, title: $0.title, selected: false) })
        return HTMLPage(title: "Guides", body: templates.render("guides", view))
    }

    /// What the guide template shows.
    struct GuideView {
        struct Stage {
            let number: Int
            let skills: String
            let hours: String
        }

        let id: String
        let suits: CatalogPages.Section
        let note: String
        let stages: [Stage]
        let projects: CatalogPages.Section
        let pay: CatalogPages.Section
        let ladder: CatalogPages.Section
        let interviews: String?
        let firstSteps: CatalogPages.Section
    }

    private func page(_ guide: RoleGuide) -> HTMLPage {
        var pay = guide.pay.rows.flatMap { row in
            row.bands.map { band in
                Statement(
                    text: "\(row.level?.rawValue.capitalized ?? "All levels"): \(base.namingSources(in: band.summary))",
                    sources: [band.source])
            }
        }
        if let official = guide.official {
            for occupation in official.occupations {
                guard let wages = occupation.national?.annual else { continue }
                pay.append(
                    Statement(
                        text: "Official, \(occupation.title), United States: median \(wages.median.display) "
                            + "(10th percentile \(wages.p10.display), 90th \(wages.p90.display)).",
                        sources: [official.officialSource]))
            }
        }
        let ladder = guide.ladders.map { ladder in
            Statement(
                text: ladder.steps.map { $0.map { base.roleTitle($0) }.joined(separator: " or ") }
                    .joined(separator: " → "),
                sources: [ladder.source])
        }
        let interviews =
            guide.interviewKinds.isEmpty
            ? nil
            : "Our practice bank has "
                + guide.interviewKinds.map { "\($0.count) \($0.kind.rawValue)" }
                .joined(separator: ", ") + " questions, most often on "
                + guide.interviewSkills.map { base.skillName($0) }.joined(separator: ", ") + "."
        let view = GuideView(
            id: guide.role.id.rawValue,
            suits: CatalogPages.Section("Who it suits", guide.suits, in: base), note: guide.plan.effortNote,
            stages: guide.plan.stages.map { stage in
                GuideView.Stage(
                    number: stage.number, skills: stage.steps.map(\.name).joined(separator: ", "),
                    hours: LearningPlan.describe(stage.hours, "hours"))
            },
            projects: CatalogPages.Section("Portfolio projects", guide.projects, in: base),
            pay: CatalogPages.Section("Pay by level", pay, in: base),
            ladder: CatalogPages.Section("The ladder", ladder, in: base), interviews: interviews,
            firstSteps: CatalogPages.Section("First steps", guide.firstSteps, ordered: true, in: base))
        return HTMLPage(title: "How to become a \(guide.role.title)", body: templates.render("guide", view))
    }
}
