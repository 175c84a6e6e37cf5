import CareerKit

/// A role's whole profile laid out for a 100-column terminal, each statement followed by its sources.
struct RoleProfileText {
    let role: Role
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = [role.title + " (\(role.id))"]
        if !role.aliases.isEmpty { out.append("Also called: " + role.aliases.joined(separator: ", ")) }
        guard let profile = role.profile else {
            out.append(
                "A career-ladder position named by \(SourceTags.tag(role.sources, in: base)); it has no full profile.")
            out += ladderSection()
            out += [""] + SourceTags.legend(role.sources, in: base, width: width)
            return out
        }
        out += section("Summary", [profile.summary])
        out += section("Focus", [profile.focus])
        out += section("Main goal", [profile.mainGoal])
        out += section("Daily tasks", profile.dailyTasks)
        out += toolSection(profile.tools)
        out += flowSection(profile.projectFlow)
        out += section("Technical skills", profile.skills)
        out += section("Maths", profile.math)
        out += section("Education", profile.education)
        out += section("Portfolio", profile.portfolio)
        out += section("Soft skills", profile.softSkills)
        out += section("Success metrics", profile.successMetrics)
        out += salarySection()
        out += ladderSection()
        out += section("How to start", profile.howToStart, numbered: true)
        out += section("Choose this if you enjoy", profile.chooseIf)
        if !profile.outlook.isEmpty { out += section("Outlook", profile.outlook) }
        out += [""] + SourceTags.legend(role.sources, in: base, width: width)
        return out
    }

    private func section(_ title: String, _ statements: [Statement], numbered: Bool = false) -> [String] {
        var out = ["", title.uppercased()]
        for (index, statement) in statements.enumerated() {
            let marker = numbered ? "\(index + 1). " : "• "
            out += TextLayout.bullet(
                base.namingSources(in: statement.text) + " " + SourceTags.tag(statement.sources, in: base),
                width: width, marker: "  " + marker)
            if let note = statement.note {
                out += TextLayout.bullet(
                    "Note: " + base.namingSources(in: note), width: width, marker: String(repeating: " ", count: 6))
            }
        }
        return out
    }

    private func toolSection(_ groups: [ToolGroup]) -> [String] {
        var out = ["", "TOOLS"]
        for group in groups {
            let items = group.items.map { item in
                base.skillName(item.skill) + (item.note.map { " (\(base.namingSources(in: $0)))" } ?? "") + " "
                    + SourceTags.tag(item.sources, in: base)
            }
            out += TextLayout.bullet(
                group.category.title + ": " + items.joined(separator: ", "), width: width, marker: "  • ")
        }
        return out
    }

    private func flowSection(_ flow: ProjectFlow) -> [String] {
        var out = ["", "SAMPLE PROJECT FLOW"]
        out += TextLayout.bullet(
            flow.steps.joined(separator: " → ") + " " + SourceTags.tag(flow.sources, in: base), width: width,
            marker: "  ")
        out += TextLayout.bullet(
            "Example: " + base.namingSources(in: flow.example.text) + " "
                + SourceTags.tag(flow.example.sources, in: base), width: width,
            marker: "  ")
        return out
    }

    private func salarySection() -> [String] {
        let report = SalaryReport(base: base, role: role.id)
        guard !report.rows.isEmpty else { return [] }
        return ["", "SALARIES BY LEVEL (each source as printed; never averaged)"]
            + SalaryText(report: report, base: base, width: width).bandLines(showRole: false)
    }

    private func ladderSection() -> [String] {
        let ladders = base.ladders(for: role.id)
        guard !ladders.isEmpty else { return [] }
        var out = ["", "CAREER LADDER"]
        for ladder in ladders {
            let steps = ladder.steps.map { $0.map { base.roleTitle($0) }.joined(separator: " or ") }
            out += TextLayout.bullet(
                steps.joined(separator: " → ") + " " + SourceTags.tag([ladder.source], in: base), width: width,
                marker: "  • ")
            if let note = ladder.note {
                out += TextLayout.bullet("Note: " + base.namingSources(in: note), width: width, marker: "      ")
            }
        }
        return out
    }
}
