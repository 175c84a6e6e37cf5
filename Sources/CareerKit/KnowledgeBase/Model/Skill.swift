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
    /// For names that are also ordinary words or letters (R, Go, Spark, Excel): the context that confirms them.
    public var ambiguity: Ambiguity?
    /// Practices that naming this tool is evidence of (Terraform implies infrastructure as code).
    public var implies: [ID]
    /// The general skills this specific one counts toward (PyTorch counts toward deep learning).
    public var broader: [ID]
    /// What is usually learnt first (Python before pandas), for ordering plans.
    public var prerequisites: [ID]
    /// Phrases that show the skill in described work ("monitor* drift"), matched by `PhrasePattern`.
    public var described: [String]

    /// Creates a skill.
    public init(
        id: ID, name: String, category: Category, aliases: [String], ambiguity: Ambiguity? = nil, implies: [ID] = [],
        broader: [ID] = [], prerequisites: [ID] = [], described: [String] = []
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.aliases = aliases
        self.ambiguity = ambiguity
        self.implies = implies
        self.broader = broader
        self.prerequisites = prerequisites
        self.described = described
    }

    /// When a mention of an ambiguous name counts as the skill.
    public struct Ambiguity: Hashable, Sendable, Codable {
        /// Only the exact casing of the name or an alias counts ("R", not "r").
        public var caseSensitive: Bool
        /// Words near the mention that confirm it (e.g. "programming" near "R").
        public var cues: [String]
        /// Text right after the mention that rules it out (e.g. "&" in "R&D", "at" in "excel at").
        public var rejectFollowing: [String]
        /// Words right before the mention that rule it out (e.g. "to" in "to spark").
        public var rejectPreceding: [String]
        /// The forms that are ambiguous; other aliases (e.g. "golang" for Go) always count. Empty means the name.
        public var words: [String]

        /// Creates an ambiguity rule.
        public init(
            caseSensitive: Bool, cues: [String], rejectFollowing: [String], rejectPreceding: [String],
            words: [String] = []
        ) {
            self.words = words
            self.caseSensitive = caseSensitive
            self.cues = cues
            self.rejectFollowing = rejectFollowing
            self.rejectPreceding = rejectPreceding
        }
    }
}
