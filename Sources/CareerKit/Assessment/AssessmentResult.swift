/// What an answer sheet says: every role ranked with an explanation, or why the answers cannot rank them.
public struct AssessmentResult: Sendable, Codable {
    /// The questionnaire version the sheet was scored with.
    public let questionnaireVersion: String
    public let answeredCount: Int
    public let itemCount: Int
    /// The items the person skipped; they do not count toward any score.
    public let skippedItems: [Item.ID]
    /// Why the answers cannot rank roles, when they cannot; the ranking is then empty.
    public let uninformative: String?
    /// Every profiled role, best fit first.
    public let ranking: [RoleFit]
    /// Set when the top two roles are too close to call.
    public let closeCall: String?
    /// The answers whose change would most narrow the gap between the first and second role.
    public let levers: [Lever]
    /// Skills the top role needs that the person rated low or skipped.
    public let skillGaps: [SkillGap]
    /// How to start toward the top role and what to build, from the knowledge base.
    public let nextSteps: [Statement]
}

/// One role's fit: its score, its rank, and the answers that moved it.
public struct RoleFit: Sendable, Codable {
    public let role: Role.ID
    public let title: String
    /// 0...100; 50 is where a role stands before any answer moves it.
    public let score: Double
    public let rank: Int
    /// The starting point the contributions are added to.
    public let baseline: Double
    /// Every answered item that counts for this role, largest effect first; they add up to `score - baseline`.
    public let contributions: [Contribution]
}

/// How much one answer raised (positive) or lowered (negative) one role's score.
public struct Contribution: Sendable, Codable, Hashable {
    public let item: Item.ID
    /// The questionnaire section the item belongs to (interests, style, skills, goals).
    public let section: String
    public let question: String
    public let answer: String
    public let points: Double
}

/// A changed answer that would narrow the gap between the first and second role.
public struct Lever: Sendable, Codable, Hashable {
    public let item: Item.ID
    public let question: String
    public let currentAnswer: String
    public let changedAnswer: String
    /// The gap between the first and second role now and after the change; negative means the order flips.
    public let gapBefore: Double
    public let gapAfter: Double
}

/// A skill the top role needs that the person rated low or skipped, with what to do about it.
public struct SkillGap: Sendable, Codable, Hashable {
    public let item: Item.ID
    public let skill: String
    /// The self-rating, or nil when skipped.
    public let rating: Int?
    public let skills: [Skill.ID]
    public let advice: [Statement]
}
