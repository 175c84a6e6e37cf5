/// A skill or tool that roles need and texts mention, with the other names people use for it.
public struct Skill: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Skill>

    /// The family a skill belongs to.
    public enum Category: String, CaseIterable, Hashable, Sendable, Codable {
        case language, framework, library, environment, infrastructure, cloud, mlops, monitoring
        case visualisation, analytics, product, design, llm, nlp, vision, data, method, math
        case practice, softSkill = "soft-skill", blockchain, domain
    }

    public var id: ID
    public var name: String
    public var category: Category
    public var aliases: [String]
}
