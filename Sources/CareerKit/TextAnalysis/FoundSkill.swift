/// A skill a text names, with every place it does.
public struct FoundSkill: Hashable, Sendable, Codable {
    public let skill: Skill.ID
    public let name: String
    public let category: Skill.Category
    public let mentions: [SkillMention]
}

extension KnowledgeBase {
    /// The extractor for this knowledge base's skills; build it once and reuse it, it is immutable.
    public func makeSkillExtractor() -> SkillExtractor { SkillExtractor(skills: skills) }

    /// The skills a text names, grouped, in order of first mention.
    public func foundSkills(in text: String, using extractor: SkillExtractor) -> [FoundSkill] {
        extractor.skillMentions(in: text).compactMap { id, mentions in
            guard let skill = skill(id) else { return nil }
            return FoundSkill(skill: id, name: skill.name, category: skill.category, mentions: mentions)
        }
    }
}
