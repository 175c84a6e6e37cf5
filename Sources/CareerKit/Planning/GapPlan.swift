/// An ordered plan toward a target role: the missing skills, heaviest first (required before nice to have),
/// each with what to do about it from the knowledge base.
public struct GapPlan: Sendable, Codable {
    public let target: Role.ID
    public let targetTitle: String
    /// Skills the person already has that the role lists.
    public let have: [Skill.ID]
    public let steps: [Step]

    /// One skill to learn and how.
    public struct Step: Sendable, Codable {
        public let order: Int
        public let skill: Skill.ID
        public let name: String
        public let required: Bool
        public let weight: Int
        /// Statements of the target role that name this skill: steps to take, projects to build.
        public let advice: [Statement]
        /// A portfolio project to show the skill, from the role's portfolio ideas.
        public let project: Statement?
    }

    /// The plan for one role; nil when the role has no requirements.
    public init?(target: Role.ID, have: Set<Skill.ID>, base: KnowledgeBase) {
        guard let requirements = base.requirements(for: target), let profile = base.role(target)?.profile else {
            return nil
        }
        self.target = target
        targetTitle = base.roleTitle(target)
        let listed = requirements.required + requirements.niceToHave
        self.have = listed.map(\.skill).filter(have.contains)
        let missing =
            requirements.required.filter { !have.contains($0.skill) }.map { ($0, true) }
            + requirements.niceToHave.filter { !have.contains($0.skill) }.map { ($0, false) }
        // Stable by weight: ties keep the file's order, which lists core skills first.
        let ordered = missing.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.1 != y.1 { return x.1 }
            return x.0.weight != y.0.weight ? x.0.weight > y.0.weight : a.offset < b.offset
        }.map(\.element)
        let pool = profile.howToStart + profile.skills + profile.dailyTasks
        steps = ordered.enumerated().map { index, entry in
            let (skill, required) = entry
            let projects = profile.portfolio.filter { $0.skills.contains(skill.skill) }
            return Step(
                order: index + 1, skill: skill.skill, name: base.skillName(skill.skill), required: required,
                weight: skill.weight, advice: Array(pool.filter { $0.skills.contains(skill.skill) }.prefix(2)),
                project: projects.first ?? profile.portfolio[index % profile.portfolio.count])
        }
    }
}
