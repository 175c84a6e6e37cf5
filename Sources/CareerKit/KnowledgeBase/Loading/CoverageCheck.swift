/// Checks that every profiled role has the sections that live outside its own file: pay and a ladder.
struct CoverageCheck {
    let base: KnowledgeBase

    func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let paidRoles = Set(base.salaryBands.map(\.role))
        for role in base.profiledRoles {
            let file = "roles/\(role.id).yaml"
            if !paidRoles.contains(role.id) {
                issues.append(
                    ValidationIssue(
                        file: file, path: "salaries",
                        problem:
                            "no band in salaries.yaml names this role (add one, or a words-only band saying none is known)"
                    ))
            }
            if base.ladders(for: role.id).isEmpty {
                issues.append(
                    ValidationIssue(file: file, path: "ladder", problem: "no ladder in ladders.yaml includes this role")
                )
            }
        }
        for (index, entry) in base.requirements.enumerated() {
            if let role = base.role(entry.role), !role.isProfiled {
                issues.append(
                    ValidationIssue(
                        file: "skill-requirements.yaml", path: "[\(index)].role",
                        problem: "'\(entry.role)' is a ladder position; requirements are for profiled roles"))
            }
        }
        issues += ValidationIssue.repeatedRoles(base.requirements.map(\.role), in: "skill-requirements.yaml")
        return issues + questionnaireIssues()
    }

    /// Weights may only point at profiled roles, and every profiled role must be reachable by some answer.
    private func questionnaireIssues() -> [ValidationIssue] {
        guard let questionnaire = base.questionnaire else { return [] }
        var issues: [ValidationIssue] = []
        var favoured = Set<Role.ID>()
        for (index, item) in questionnaire.items.enumerated() {
            let weights = [item.weights] + item.options.map(\.weights)
            for (role, weight) in weights.flatMap({ $0 }) {
                if weight > 0 { favoured.insert(role) }
                if let found = base.role(role), !found.isProfiled {
                    issues.append(
                        ValidationIssue(
                            file: "assessment.yaml", path: "items[\(index)]",
                            problem: "weights name '\(role)', a ladder position without a profile"))
                }
            }
        }
        for role in base.profiledRoles where !favoured.contains(role.id) {
            issues.append(
                ValidationIssue(
                    file: "assessment.yaml", path: "items",
                    problem: "no answer counts toward '\(role.id)', so it could never be recommended"))
        }
        return issues
    }
}
