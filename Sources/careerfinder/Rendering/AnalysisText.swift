import CareerKit
import Foundation

/// A resume analysis for people: skills found (with lines), coverage bars, and the gap plan.
struct ResumeText {
    let analysis: ResumeAnalysis
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = ["SKILLS FOUND (\(analysis.evidence.count): named, described in your work, or implied by a tool)"]
        if analysis.evidence.isEmpty {
            out.append("  None of the \(base.skills.count) skills in the taxonomy is shown.")
        }
        for shown in analysis.evidence {
            out += TextLayout.bullet(
                shown.name + ": " + shown.evidence.prefix(2).map(\.explanation).joined(separator: "; "),
                width: width, marker: "  ")
        }
        out += [
            "",
            "COVERAGE OF EACH ROLE'S REQUIRED SKILLS (by weight; described and implied skills count like named ones)",
        ]
        for coverage in analysis.coverage {
            let percent = Int((coverage.requiredCoverage * 100).rounded())
            let bar = String(repeating: "█", count: percent / 5)
            out.append("  " + TextLayout.pad(coverage.title, to: 28) + String(format: "%3d%%  ", percent) + bar)
        }
        if let plan = analysis.plan { out += planLines(plan) }
        return out
    }

    private func planLines(_ plan: GapPlan) -> [String] {
        var out = ["", "PLAN TOWARD \(plan.targetTitle.uppercased()) (missing skills, most important first)"]
        if !plan.have.isEmpty {
            out += TextLayout.bullet(
                "Already there: " + plan.have.map { base.skillName($0) }.joined(separator: ", "), width: width,
                marker: "  ")
        }
        if plan.steps.isEmpty { out.append("  Nothing missing: every skill the role lists is on the resume.") }
        for step in plan.steps {
            let kind = step.required ? "required, weight \(step.weight)" : "nice to have"
            out.append(String(format: "%4d. ", step.order) + "\(step.name) (\(kind))")
            for advice in step.advice {
                out += TextLayout.bullet(
                    base.namingSources(in: advice.text) + " " + SourceTags.tag(advice.sources, in: base), width: width,
                    marker: "        - ")
            }
            if let project = step.project {
                out += TextLayout.bullet(
                    "Project: " + base.namingSources(in: project.text) + " "
                        + SourceTags.tag(project.sources, in: base), width: width,
                    marker: "        - ")
            }
        }
        return out
    }
}

/// A posting analysis for people: the role it really is, its skills by section, seniority and pay.
struct PostingText {
    let analysis: PostingAnalysis
    var width = 100

    func lines() -> [String] {
        var out: [String] = []
        if let title = analysis.title { out.append("Posting: \(title)") }
        if let best = analysis.roles.first {
            out.append("This posting is most like: \(best.title) (\(String(format: "%.0f", best.score)) / 100)")
        }
        out += TextLayout.wrap(analysis.reading, width: width)
        out += [
            "", "ROLE MATCH (similarity of the skills the posting asks for to each role's; the title does not count)",
        ]
        for match in analysis.roles {
            let bar = String(repeating: "█", count: Int(match.score / 5))
            out.append("  " + TextLayout.pad(match.title, to: 28) + String(format: "%5.1f  ", match.score) + bar)
            if !match.evidence.isEmpty, match.score >= 10 {
                out += TextLayout.bullet(
                    "because of: " + match.evidence.joined(separator: ", "), width: width, marker: "      ")
            }
        }
        out += section("REQUIRED SKILLS", analysis.required)
        out += section("NICE TO HAVE", analysis.niceToHave)
        out += section("ALSO MENTIONED", analysis.mentioned)
        out += [
            "",
            "SENIORITY: " + (analysis.seniority.level?.rawValue ?? "not stated") + " (\(analysis.seniority.evidence))",
        ]
        if let salary = analysis.salary {
            let range =
                salary.high.map { "\(salary.low) to \($0)" } ?? "\(salary.low)\(salary.openEnded ? " or more" : "")"
            out.append(
                "SALARY: \(salary.printed)  (read as \(salary.currency ?? "no currency") \(range) per \(salary.period))"
            )
        } else {
            out.append("SALARY: not stated")
        }
        return out
    }

    private func section(_ title: String, _ skills: [FoundSkill]) -> [String] {
        guard !skills.isEmpty else { return [] }
        return ["", title] + TextLayout.bullet(skills.map(\.name).joined(separator: ", "), width: width, marker: "  ")
    }
}
