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
        return issues
    }
}
