/// Which skills a role requires and which are nice to have, with how much each matters (3 central, 1 useful).
public struct RoleRequirements: Hashable, Sendable, Codable {
    public let role: Role.ID
    public let sources: [Source.ID]
    public let required: [WeightedSkill]
    public let niceToHave: [WeightedSkill]

    /// The weight of a skill for this role, with whether it is required; nil when the role does not list it.
    public func weight(of skill: Skill.ID) -> (weight: Int, required: Bool)? {
        if let found = required.first(where: { $0.skill == skill }) { return (found.weight, true) }
        if let found = niceToHave.first(where: { $0.skill == skill }) { return (found.weight, false) }
        return nil
    }
}

/// A skill with how much it matters to a role.
public struct WeightedSkill: Hashable, Sendable, Codable {
    public let skill: Skill.ID
    public let weight: Int
}
