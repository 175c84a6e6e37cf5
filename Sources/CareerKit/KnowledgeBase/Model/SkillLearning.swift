/// How long a skill usually takes to learn to a working level, and where its own documentation lives: AI Career
/// Finder's own estimates (`skill-learning.yaml`), never a source's figures.
public struct SkillLearning: Sendable, Codable, Hashable {
    public let skill: Skill.ID
    /// Fewest and most hours, for someone who has the skill's prerequisites.
    public let hours: ClosedRange<Int>
    /// What the estimate assumes, when it differs from the file's default.
    public let basis: String?
    /// The tool's or standard's own documentation (https), when it has one official home.
    public let docs: String?
}

/// Every learning estimate, with the assumption they share unless one says otherwise.
public struct LearningEstimates: Sendable, Codable, Hashable {
    public let defaultBasis: String
    public let skills: [SkillLearning]

    /// No estimates (a knowledge base without `skill-learning.yaml`).
    public static let none = LearningEstimates(defaultBasis: "", skills: [])

    /// The estimate for one skill, if there is one.
    public func estimate(for skill: Skill.ID) -> SkillLearning? { skills.first { $0.skill == skill } }
}
