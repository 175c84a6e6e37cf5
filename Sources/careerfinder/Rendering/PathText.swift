import CareerKit

/// A transition plan for the terminal: each route with its cost, each step with its source, the skills to learn
/// (heaviest first), the skills skipped because the person has them, and a portfolio project.
struct PathText {
    let plan: TransitionPlan
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = ["From \(plan.fromTitle) to \(plan.toTitle)"]
        if !plan.have.isEmpty {
            out += TextLayout.bullet(
                "Skills you have, skipped everywhere: " + plan.have.map { base.skillName($0) }.joined(separator: ", "),
                width: width, marker: "")
        }
        var cited: [Source.ID] = []
        for (index, route) in plan.routes.enumerated() {
            let label = index == 0 ? "Cheapest route" : "Alternative \(index)"
            let path = ([plan.fromTitle] + route.steps.map(\.toTitle)).joined(separator: " -> ")
            out +=
                [""]
                + TextLayout.wrap(
                    "\(label) (cost \(route.cost), \(route.skillsToLearn.count) skills): \(path)", width: width)
            for (number, step) in route.steps.enumerated() {
                cited += step.sources
                let seniority =
                    step.levelChange == 0
                    ? "" : step.levelChange > 0 ? ", \(step.levelChange) level up" : ", a level down"
                out += TextLayout.bullet(
                    "\(number + 1). \(step.fromTitle) -> \(step.toTitle) (\(step.kind.rawValue), cost \(step.cost)"
                        + "\(seniority)) \(SourceTags.tag(step.sources, in: base))", width: width, marker: "  ")
                if let note = step.note {
                    out += TextLayout.bullet(base.namingSources(in: note), width: width, marker: "       ")
                }
                let required = step.learn.filter(\.required).map(\.name)
                let useful = step.learn.filter { !$0.required }.map(\.name)
                out += TextLayout.bullet(
                    "Learn: " + (required.isEmpty ? "no new required skill" : required.joined(separator: ", ")),
                    width: width, marker: "     ")
                if !useful.isEmpty {
                    out += TextLayout.bullet(
                        "Also useful: " + useful.joined(separator: ", "), width: width, marker: "     ")
                }
                if !step.alreadyHave.isEmpty {
                    out += TextLayout.bullet(
                        "Already have: " + step.alreadyHave.map { base.skillName($0) }.joined(separator: ", "),
                        width: width, marker: "     ")
                }
                if let project = step.project {
                    cited += project.sources
                    out += TextLayout.bullet(
                        "Project: \(project.text) \(SourceTags.tag(project.sources, in: base))", width: width,
                        marker: "     ")
                }
            }
        }
        if plan.routes.count < 3 {
            out += ["", "No other route exists in the sources' ladders and moves."]
        }
        return out + [""] + SourceTags.legend(cited, in: base, width: width)
    }
}
