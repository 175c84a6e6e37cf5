/// Checks the taxonomy's relations as a whole: a skill may not imply, broaden into or require itself, directly or
/// through others, or the evidence and plan orders built on them would go round in circles.
struct SkillRelationCheck {
    let skills: [Skill]

    func issues() -> [ValidationIssue] {
        let countsToward = Dictionary(
            skills.map { ($0.id, $0.implies + $0.broader) }, uniquingKeysWith: { first, _ in first })
        let prerequisites = Dictionary(
            skills.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { first, _ in first })
        return cycles(in: countsToward, relation: "implies/broader")
            + cycles(in: prerequisites, relation: "prerequisites")
    }

    /// One issue per skill that reaches itself through the relation.
    private func cycles(in graph: [Skill.ID: [Skill.ID]], relation: String) -> [ValidationIssue] {
        skills.compactMap { skill in
            var seen = Set<Skill.ID>()
            var stack = graph[skill.id] ?? []
            while let next = stack.popLast() {
                if next == skill.id {
                    return ValidationIssue(
                        file: "skills.yaml", path: "\(skill.id).\(relation)",
                        problem: "'\(skill.id)' leads back to itself through \(relation)")
                }
                guard seen.insert(next).inserted else { continue }
                stack += graph[next] ?? []
            }
            return nil
        }
    }
}
