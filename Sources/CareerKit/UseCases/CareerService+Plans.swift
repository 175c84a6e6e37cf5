extension CareerService {
    /// The most hours a week a plan takes: more is not a plan a person keeps to.
    public static let maximumHoursPerWeek = 80

    /// A learning plan toward `target` for someone with `have` (a list and/or a resume), and, with `fromRole`, the
    /// skills of the role they hold now (a plan for a path between roles). `done` keeps ticks from before.
    public func learningPlan(
        target: String, have: OwnedSkills = OwnedSkills(), fromRole: String? = nil, hoursPerWeek: Int? = nil,
        done: Set<Skill.ID> = []
    ) throws -> LearningPlan {
        let role = try base.role(named: target)
        if let hours = hoursPerWeek, !(1...Self.maximumHoursPerWeek).contains(hours) {
            throw CareerError(
                .invalidInput, "hours a week must be between 1 and \(Self.maximumHoursPerWeek)",
                fields: ["hoursPerWeek"])
        }
        var owned = try ownedSkills(have)
        if let fromRole {
            let start = try base.role(named: fromRole).id
            owned.formUnion(planner.graph.knows[start] ?? [])
        }
        guard
            let plan = LearningPlan(
                target: role.id, owned: owned, base: base, hoursPerWeek: hoursPerWeek, done: done)
        else {
            throw CareerError(
                .invalidInput,
                "\(role.title) has no skill profile to plan toward; choose one of the \(base.profiledRoles.count) profiled roles",
                fields: ["target"])
        }
        return plan
    }
}
