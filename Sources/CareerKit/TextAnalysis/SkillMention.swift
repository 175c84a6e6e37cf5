/// One place a text names a skill.
public struct SkillMention: Hashable, Sendable, Codable {
    public let skill: Skill.ID
    /// The words as written in the text.
    public let text: String
    /// Byte offsets of the mention in the text's UTF-8.
    public let start: Int
    public let end: Int
    /// The line it is on, counting from 1.
    public let line: Int
}
