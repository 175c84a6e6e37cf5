/// The graph the transition planner searches (`career-moves.yaml`): where each role stands and what a person in it
/// can be assumed to know, and the cross-track moves the sources describe. Ladder steps are added as moves too.
public struct CareerMoves: Sendable, Codable {
    /// A role's seniority and the skills it stands for.
    public struct Standing: Hashable, Sendable, Codable {
        public let role: Role.ID
        /// 1 entry, 2 mid, 3 senior, 4 lead or staff, 5 principal or head, 6 director, 7 VP or chief.
        public let level: Int
        /// For a level of a profiled track: that track, whose requirements stand for its skills.
        public let skillsOf: Role.ID?
        /// For any other role without requirements: what a person in it usually knows.
        public let skills: [Skill.ID]
    }

    /// A move between roles that a source describes.
    public struct Move: Hashable, Sendable, Codable {
        public let from: Role.ID
        public let to: Role.ID
        public let sources: [Source.ID]
        public let note: String
    }

    public let standings: [Standing]
    public let moves: [Move]

    /// Where a role stands, if the graph has it.
    public func standing(of role: Role.ID) -> Standing? { standings.first { $0.role == role } }
}
