/// How a text shows that a person has (or a posting asks for) a skill.
public struct SkillEvidence: Sendable, Codable, Hashable {
    /// Named: the text names the skill. Implied: it names a tool or skill that is evidence of this one.
    /// Described: it describes the work in words that show the skill.
    public enum Kind: String, Sendable, Codable, Comparable {
        case named, described, implied

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int {
            switch self {
            case .named: 0
            case .described: 1
            case .implied: 2
            }
        }
    }

    public let kind: Kind
    /// The words as written (named, described), or the name of the skill that implies it (implied).
    public let text: String
    /// The line it is on, counting from 1; for implied evidence, the line of what implies it.
    public let line: Int?
    /// For implied evidence: the skill that implies it.
    public let via: Skill.ID?

    /// One line a person can check against their text.
    public var explanation: String {
        let place = line.map { ", line \($0)" } ?? ""
        switch kind {
        case .named: return "named (\"\(text)\"\(place))"
        case .described: return "described (\"\(text)\"\(place))"
        case .implied: return "implied by \(text)\(place)"
        }
    }
}

/// A skill a text shows, with its evidence, strongest first.
public struct EvidencedSkill: Sendable, Codable, Hashable {
    public let skill: Skill.ID
    public let name: String
    public let category: Skill.Category
    public let evidence: [SkillEvidence]

    /// The strongest way the text shows it.
    public var strongest: SkillEvidence.Kind { evidence.first?.kind ?? .implied }
}
