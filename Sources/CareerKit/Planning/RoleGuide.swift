/// "How to become a ..." for one profiled role, composed from the knowledge base: who it suits, the skills in the
/// order a plan teaches them, portfolio projects, pay by level with sources beside official national wages, the
/// ladder, what interviews ask, and first steps. Every statement and figure keeps its source.
public struct RoleGuide: Sendable {
    public let role: Role
    public let suits: [Statement]
    /// The plan from nothing: the skills in the order to learn them, in stages.
    public let plan: LearningPlan
    public let projects: [Statement]
    public let pay: SalaryReport
    /// Official wages for the closest occupations, nationally.
    public let official: LocalPay?
    public let ladders: [Ladder]
    /// Interview questions by kind, and the skills they probe most.
    public let interviewKinds: [(kind: InterviewQuestion.Kind, count: Int)]
    public let interviewSkills: [Skill.ID]
    public let firstSteps: [Statement]

    /// The guide for a profiled role; nil for a role without a profile or requirements.
    public init?(role id: Role.ID, base: KnowledgeBase) {
        guard let role = base.role(id), let profile = role.profile,
            let plan = LearningPlan(target: id, owned: [], base: base)
        else { return nil }
        self.role = role
        suits = profile.chooseIf
        self.plan = plan
        projects = profile.portfolio
        pay = SalaryReport(base: base, role: id)
        official = base.wages.national.map { LocalPay(base: base, role: id, area: $0) }
        ladders = base.ladders(for: id)
        let questions = base.interviewBank(for: id)?.questions ?? []
        interviewKinds = InterviewQuestion.Kind.allCases.map { kind in (kind, questions.count { $0.kind == kind }) }
            .filter { $0.count > 0 }
        var tally: [Skill.ID: Int] = [:]
        for question in questions { for skill in question.skills { tally[skill, default: 0] += 1 } }
        interviewSkills = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
            .map(\.key)
        firstSteps = profile.howToStart
    }

    /// The guide as Markdown, with the sources it cites numbered at the end.
    public func markdown(in base: KnowledgeBase) -> String {
        var citations = SourceCitations()
        func cite(_ sources: [Source.ID]) -> String { citations.cite(sources) }
        func statements(_ list: [Statement]) -> [String] {
            list.map { "- \(base.namingSources(in: $0.text)) \(cite($0.sources))" }
        }
        var lines = ["# How to become a \(role.title)", ""]
        lines += ["## Who it suits", ""] + statements(suits) + [""]
        lines += ["## What to learn, in order", "", "_\(plan.effortNote)_", ""]
        for stage in plan.stages {
            lines.append(
                "\(stage.number). " + stage.steps.map(\.name).joined(separator: ", ")
                    + " (about \(LearningPlan.describe(stage.hours, "hours")))")
        }
        lines += ["", "## Portfolio projects", ""] + statements(projects) + [""]
        lines += ["## Pay by level", "", "Each band as its source printed it; sources are never averaged.", ""]
        for row in pay.rows {
            for band in row.bands {
                lines.append(
                    "- \(row.level?.rawValue ?? "all levels"): \(base.namingSources(in: band.summary)) \(cite([band.source]))"
                )
            }
        }
        if let official {
            for occupation in official.occupations {
                guard let wages = occupation.national?.annual else { continue }
                lines.append(
                    "- Official, \(occupation.title), United States: median \(wages.median.display) "
                        + "(10th \(wages.p10.display), 90th \(wages.p90.display)) \(cite([official.officialSource]))")
            }
        }
        lines += ["", "## The ladder", ""]
        for ladder in ladders {
            let steps = ladder.steps.map { $0.map { base.roleTitle($0) }.joined(separator: " or ") }
            lines.append("- " + steps.joined(separator: " → ") + " \(cite([ladder.source]))")
        }
        if !interviewKinds.isEmpty {
            lines += ["", "## What interviews ask", ""]
            lines.append(
                "Our practice bank: " + interviewKinds.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ")
                    + " questions, most often on " + interviewSkills.map { base.skillName($0) }.joined(separator: ", ")
                    + ".")
        }
        lines += ["", "## First steps", ""] + statements(firstSteps)
        lines += [""] + citations.section(in: base)
        return lines.joined(separator: "\n") + "\n"
    }
}
