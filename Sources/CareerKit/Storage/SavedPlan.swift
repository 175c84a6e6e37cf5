import Foundation

/// A learning plan a person keeps behind a private link: the role, the skills they had when they made (or last
/// updated) it, their hours a week, and the steps ticked done. The plan itself is worked out again on every read,
/// and the resume it may have come from is never kept, only the skills read from it.
public struct SavedPlan: Sendable, Codable, Equatable {
    public let token: ResultToken
    public let target: Role.ID
    public let have: [Skill.ID]
    public let hoursPerWeek: Int?
    public let done: [Skill.ID]
    public let createdAt: Date
    public let updatedAt: Date

    /// Creates a saved plan; skill lists are kept sorted so a plan reads back equal.
    public init(
        token: ResultToken, target: Role.ID, have: [Skill.ID], hoursPerWeek: Int?, done: [Skill.ID], createdAt: Date,
        updatedAt: Date
    ) {
        self.token = token
        self.target = target
        self.have = Array(Set(have)).sorted { $0 < $1 }
        self.hoursPerWeek = hoursPerWeek
        self.done = Array(Set(done)).sorted { $0 < $1 }
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
