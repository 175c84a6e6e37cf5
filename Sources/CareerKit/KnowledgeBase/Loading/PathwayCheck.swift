/// Checks what the salary explorer and the transition planner rely on across files: every role has a place in the
/// career graph and a mapping to official occupations, and every role in the graph has skills to price moves by.
struct PathwayCheck {
    let base: KnowledgeBase

    func issues() -> [ValidationIssue] { graphIssues() + mappingIssues() }

    private func graphIssues() -> [ValidationIssue] {
        guard let moves = base.careerMoves else { return [] }
        let file = "career-moves.yaml"
        var issues: [ValidationIssue] = []
        let placed = Set(moves.standings.map(\.role))
        let laddered = base.ladders.flatMap { $0.steps.joined() }
        for role in base.profiledRoles.map(\.id) + laddered where !placed.contains(role) {
            if issues.contains(where: { $0.problem.hasPrefix("'\(role)'") }) { continue }
            issues.append(
                ValidationIssue(
                    file: file, path: "roles", problem: "'\(role)' is on a ladder or profiled but has no level"))
        }
        for standing in moves.standings {
            let path = "roles.\(standing.role)"
            let hasRequirements = base.requirements(for: standing.role) != nil
            if let track = standing.skillsOf, base.requirements(for: track) == nil {
                issues.append(
                    ValidationIssue(
                        file: file, path: path, problem: "skillsOf '\(track)' names a role without requirements"))
            }
            if !hasRequirements, standing.skillsOf == nil, standing.skills.isEmpty {
                issues.append(
                    ValidationIssue(
                        file: file, path: path,
                        problem: "a role without requirements needs skillsOf or skills so that moves can be priced"))
            }
        }
        return issues
    }

    private func mappingIssues() -> [ValidationIssue] {
        guard !base.occupationMappings.isEmpty else { return [] }
        var issues = ValidationIssue.repeatedRoles(base.occupationMappings.map(\.role), in: "occupations.yaml")
        let mapped = Set(base.occupationMappings.map(\.role))
        for role in base.roles where !mapped.contains(role.id) {
            issues.append(
                ValidationIssue(
                    file: "occupations.yaml", path: "",
                    problem: "'\(role.id)' has no entry (map it to official occupations, or say why none fits)"))
        }
        return issues
    }
}
