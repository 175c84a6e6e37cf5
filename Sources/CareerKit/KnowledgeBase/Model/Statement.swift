/// One sentence of the knowledge base in our own words, with the sources that say it.
public struct Statement: Hashable, Sendable, Codable {
    public var text: String
    /// Every source that says this; never empty in a valid knowledge base.
    public var sources: [Source.ID]
    /// The skills the statement is about, if any.
    public var skills: [Skill.ID]
    /// A remark, e.g. where sources disagree or what an editorial inference rests on.
    public var note: String?

    /// Creates a statement.
    public init(text: String, sources: [Source.ID], skills: [Skill.ID] = [], note: String? = nil) {
        self.text = text
        self.sources = sources
        self.skills = skills
        self.note = note
    }
}
